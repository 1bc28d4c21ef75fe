import { expect } from '@esm-bundle/chai';
import { http, HttpResponse } from 'msw';
import '../../src/pages/sign-in/sign-in-page.ts';
import type { SignInPage } from '../../src/pages/sign-in/sign-in-page.ts';
import type { PortalDb } from '../../src/data/db.ts';
import { readMeta } from '../../src/data/db.ts';
import { loadNamespace } from '../../src/i18n/i18n.ts';
import { session } from './fixture.ts';
import { dropDb, freshDb, mockApi, until, useLanguage } from './helpers.ts';
import { expectAccessible } from './axe.ts';

async function mountSignIn(db: PortalDb): Promise<SignInPage> {
  await loadNamespace('auth');
  const page = document.createElement('sign-in-page');
  page.db = db;
  document.body.append(page);
  await page.updateComplete;
  return page;
}

function fill(page: SignInPage, username: string, password: string) {
  const root = page.shadowRoot!;
  root.querySelector<HTMLInputElement>('#username')!.value = username;
  root.querySelector<HTMLInputElement>('#password')!.value = password;
  root.querySelector<HTMLButtonElement>('button[type=submit]')!.click();
}

const alertText = (page: SignInPage) =>
  page.shadowRoot?.querySelector('error-message')?.shadowRoot?.querySelector('[role=alert]')
    ?.textContent ?? '';

describe('sign-in page', () => {
  let db: PortalDb;
  let page: SignInPage;
  beforeEach(async () => {
    db = freshDb();
    await useLanguage('en');
  });
  afterEach(async () => {
    page?.remove();
    await dropDb(db);
  });

  it('shows the refusal in the person\'s language, from its code', async () => {
    await useLanguage('es');
    await mockApi(
      http.post('/api/v1/session', () =>
        HttpResponse.json({ code: 'sign_in_failed', message: 'Wrong' }, { status: 401 }),
      ),
    );
    page = await mountSignIn(db);

    fill(page, 'ana.example', 'not-the-password');

    await until(() => alertText(page) !== '');
    expect(alertText(page)).to.equal('El nombre de usuario o la contraseña no son correctos.');
  });

  it('asks for empty fields without calling the server', async () => {
    let called = false;
    await mockApi(
      http.post('/api/v1/session', () => {
        called = true;
        return HttpResponse.json({}, { status: 500 });
      }),
    );
    page = await mountSignIn(db);

    fill(page, 'ana.example', '');

    await until(() => alertText(page) !== '');
    expect(alertText(page)).to.equal('Please fill in every field.');
    expect(page.shadowRoot!.activeElement?.id).to.equal('password');
    expect(called).to.equal(false);
  });

  it('sends JSON with the CSRF header, keeps the session and announces it', async () => {
    let sent: { headers: Headers; body: unknown } | undefined;
    await mockApi(
      http.post('/api/v1/session', async ({ request }) => {
        sent = { headers: request.headers, body: await request.json() };
        return new HttpResponse(null, { status: 204 });
      }),
      http.get('/api/v1/session', () => HttpResponse.json(session)),
    );
    page = await mountSignIn(db);
    const signedIn = new Promise<CustomEvent>((resolve) =>
      document.addEventListener('portal-signed-in', resolve, { once: true }),
    );

    page.shadowRoot!.querySelector<HTMLInputElement>('#stay')!.checked = true;
    fill(page, 'ana.example', 'Secret-Pass-1');
    const event = await signedIn;

    expect(sent?.headers.get('x-requested-with')).to.equal('portal');
    expect(sent?.headers.get('content-type')).to.contain('application/json');
    expect(sent?.body).to.deep.equal({
      username: 'ana.example',
      password: 'Secret-Pass-1',
      stayLoggedIn: true,
    });
    expect(event.detail.session.guardian.id).to.equal(7);
    expect((await readMeta(db, 'session'))?.guardian.id).to.equal(7);
  });

  it('labels every field and passes axe', async () => {
    page = await mountSignIn(db);
    await expectAccessible(page);
  });
});
