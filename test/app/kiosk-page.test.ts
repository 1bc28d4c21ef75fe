import { expect } from '@esm-bundle/chai';
import { http, HttpResponse } from 'msw';
import { isKiosk, setKiosk } from '../../src/app/kiosk.ts';
import { loadNamespace } from '../../src/i18n/i18n.ts';
import '../../src/pages/kiosk/kiosk-page.ts';
import type { KioskPage } from '../../src/pages/kiosk/kiosk-page.ts';
import { expectAccessible } from './axe.ts';
import { mockApi, until, useLanguage } from './helpers.ts';

/** The page's text with what its error messages show. */
function text(page: KioskPage): string {
  const parts: string[] = [];
  const walk = (root: ParentNode) => {
    parts.push(root.textContent ?? '');
    for (const element of root.querySelectorAll('*')) if (element.shadowRoot) walk(element.shadowRoot);
  };
  walk(page.shadowRoot!);
  return parts.join(' ').replace(/\s+/g, ' ');
}

function submit(page: KioskPage, code: string) {
  page.shadowRoot!.querySelector<HTMLInputElement>('#code')!.value = code;
  page.shadowRoot!.querySelector<HTMLButtonElement>('button[type=submit]')!.click();
}

describe('kiosk set-up page', () => {
  let kiosk: boolean;
  let sent: unknown[];
  beforeEach(async () => {
    kiosk = false;
    sent = [];
    setKiosk(false);
    await mockApi(
      http.get('/api/v1/kiosk', () =>
        HttpResponse.json({
          kiosk,
          district: kiosk ? { slug: 'cedar-hollow', name: 'Cedar Hollow USD' } : null,
          idleSeconds: kiosk ? 180 : null,
        }),
      ),
      http.post('/api/v1/kiosk', async ({ request }) => {
        const body = (await request.json()) as { code: string };
        sent.push(body);
        if (body.code !== 'RIGHT-CODE') {
          return HttpResponse.json({ code: 'kiosk_code_wrong', message: 'x' }, { status: 400 });
        }
        kiosk = true;
        return new HttpResponse(null, { status: 204 });
      }),
      http.post('/api/v1/kiosk/leave', () => {
        kiosk = false;
        return new HttpResponse(null, { status: 204 });
      }),
    );
  });
  afterEach(() => {
    setKiosk(false);
    document.querySelectorAll('kiosk-page').forEach((page) => page.remove());
  });

  it('staff turn the device into a kiosk with the code, and off again', async () => {
    await useLanguage('en');
    await loadNamespace('kiosk');
    const page = document.createElement('kiosk-page');
    document.body.append(page);
    await until(() => !!page.shadowRoot?.querySelector('#code'));
    await expectAccessible(page);

    submit(page, 'wrong');
    await until(() => text(page).includes('This staff code is not correct.'));
    expect(isKiosk()).to.equal(false);

    submit(page, 'RIGHT-CODE');
    await until(() => !!page.shadowRoot!.querySelector('.done'));
    await until(() => text(page).includes('This device is a kiosk for Cedar Hollow USD.'));
    expect(isKiosk()).to.equal(true);
    expect(sent).to.deep.equal([{ code: 'wrong' }, { code: 'RIGHT-CODE' }]);
    // The code never stays in the field.
    expect(page.shadowRoot!.querySelector<HTMLInputElement>('#code')!.value).to.equal('');

    submit(page, 'RIGHT-CODE');
    await until(() => text(page).includes('Kiosk mode is off on this device.'));
    expect(isKiosk()).to.equal(false);
    await expectAccessible(page);
  });
});
