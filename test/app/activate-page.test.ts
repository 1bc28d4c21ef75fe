import { expect } from '@esm-bundle/chai';
import { http, HttpResponse } from 'msw';
import '../../src/pages/activate/activate-page.ts';
import type { ActivatePage } from '../../src/pages/activate/activate-page.ts';
import type { PortalDb } from '../../src/data/db.ts';
import { loadNamespace } from '../../src/i18n/i18n.ts';
import { session } from './fixture.ts';
import { dropDb, freshDb, mockApi, until, useLanguage } from './helpers.ts';

const $ = (page: ActivatePage, selector: string) =>
  page.shadowRoot!.querySelector<HTMLInputElement>(selector)!;

async function next(page: ActivatePage, values: Record<string, string>) {
  for (const [id, value] of Object.entries(values)) $(page, `#${id}`).value = value;
  $(page, 'button[type=submit]').click();
  await page.updateComplete;
}

const stepHeading = (page: ActivatePage) => $(page, 'h2').textContent?.trim();
const alertText = (page: ActivatePage) =>
  page.shadowRoot?.querySelector('error-message')?.shadowRoot?.textContent?.trim() ?? '';

describe('account activation', () => {
  let db: PortalDb;
  let page: ActivatePage;
  beforeEach(async () => {
    db = freshDb();
    await useLanguage('en');
    await loadNamespace('auth');
    page = document.createElement('activate-page');
    page.db = db;
    document.body.append(page);
    await page.updateComplete;
  });
  afterEach(async () => {
    page.remove();
    await dropDb(db);
  });

  it('walks key → username and password → email and password again', async () => {
    let body: unknown;
    await mockApi(
      http.post('/api/v1/account/activate', async ({ request }) => {
        body = await request.json();
        return HttpResponse.json({ username: 'ana.example', districtId: 1 }, { status: 201 });
      }),
      http.post('/api/v1/session', () => new HttpResponse(null, { status: 204 })),
      http.get('/api/v1/session', () => HttpResponse.json(session)),
    );
    const signedIn = new Promise((resolve) =>
      document.addEventListener('portal-signed-in', resolve, { once: true }),
    );

    expect(stepHeading(page)).to.equal('Your activation key');
    await next(page, { activationKey: ' 6f1c-key ' });
    expect(stepHeading(page)).to.equal('Choose a username and password');
    await next(page, { username: 'ana.example', password: 'Secret-Pass-1' });
    expect(stepHeading(page)).to.equal('Your email address');
    await next(page, { email: 'ana@example.org', passwordAgain: 'Secret-Pass-1' });
    await signedIn;

    expect(body).to.deep.equal({
      activationKey: '6f1c-key',
      username: 'ana.example',
      password: 'Secret-Pass-1',
      email: 'ana@example.org',
    });
  });

  it('catches a mistyped second password before asking the server', async () => {
    await next(page, { activationKey: 'key' });
    await next(page, { username: 'ana.example', password: 'Secret-Pass-1' });
    await next(page, { email: 'ana@example.org', passwordAgain: 'Secret-Pass-2' });
    expect(alertText(page)).to.equal(
      'The two passwords are not the same. Please type the same password twice.',
    );
  });

  it('brings the person back to the key when the server refuses it', async () => {
    await mockApi(
      http.post('/api/v1/account/activate', () =>
        HttpResponse.json({ code: 'activation_key_invalid', message: 'No' }, { status: 400 }),
      ),
    );
    await next(page, { activationKey: 'used-key' });
    await next(page, { username: 'ana.example', password: 'Secret-Pass-1' });
    await next(page, { email: 'ana@example.org', passwordAgain: 'Secret-Pass-1' });

    await until(() => stepHeading(page) === 'Your activation key');
    await until(() => alertText(page) !== '');
    expect(alertText(page)).to.contain('activation key is not valid');
    expect($(page, '#activationKey').value).to.equal('used-key');
  });
});
