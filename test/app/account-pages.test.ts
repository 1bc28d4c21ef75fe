import { expect } from '@esm-bundle/chai';
import { http, HttpResponse } from 'msw';
import { readMeta, type PortalDb } from '../../src/data/db.ts';
import '../../src/pages/account/change-email-page.ts';
import '../../src/pages/account/change-password-page.ts';
import '../../src/pages/account/confirm-email-page.ts';
import '../../src/pages/account/forgot-username-page.ts';
import '../../src/pages/account/forgot-password-page.ts';
import '../../src/pages/account/reset-password-page.ts';
import { expectAccessible } from './axe.ts';
import { session } from './fixture.ts';
import { dropDb, freshDb, mockApi, until, useLanguage } from './helpers.ts';
import { mountPage, setSearch } from './pages/mount.ts';

type Page = HTMLElement & { shadowRoot: ShadowRoot };

type PublicTag =
  | 'forgot-password-page'
  | 'forgot-username-page'
  | 'reset-password-page'
  | 'confirm-email-page';

async function mount(tag: PublicTag, search = '') {
  setSearch(search);
  const page = document.createElement(tag) as unknown as Page;
  document.body.append(page);
  await until(() => !!page.shadowRoot?.querySelector('h1'));
  return page;
}

function fill(page: Page, values: Record<string, string>) {
  for (const [id, value] of Object.entries(values)) {
    page.shadowRoot.querySelector<HTMLInputElement>(`#${id}`)!.value = value;
  }
  page.shadowRoot.querySelector<HTMLButtonElement>('button[type=submit]')!.click();
}

/** The page's text, with what its inner elements (error messages) show. */
function text(page: Page): string {
  const parts: string[] = [];
  const walk = (root: ParentNode) => {
    parts.push(root.textContent ?? '');
    for (const element of root.querySelectorAll('*')) if (element.shadowRoot) walk(element.shadowRoot);
  };
  walk(page.shadowRoot);
  return parts.join(' ').replace(/\s+/g, ' ');
}

describe('account pages', () => {
  let db: PortalDb;
  let bodies: unknown[];
  beforeEach(async () => {
    db = freshDb();
    bodies = [];
    await useLanguage('en');
    const { loadNamespace } = await import('../../src/i18n/i18n.ts');
    await loadNamespace('auth');
  });
  afterEach(async () => {
    for (const tag of [
      'forgot-password-page',
      'forgot-username-page',
      'reset-password-page',
      'change-password-page',
      'change-email-page',
      'confirm-email-page',
    ]) {
      document.querySelectorAll(tag).forEach((page) => page.remove());
    }
    setSearch('');
    await dropDb(db);
  });

  it('forgotten password: a username or an email, the same answer either way', async () => {
    await mockApi(
      http.post('/api/v1/password-reset', async ({ request }) => {
        bodies.push(await request.json());
        return HttpResponse.json({ accepted: true }, { status: 202 });
      }),
    );
    const page = await mount('forgot-password-page');
    await expectAccessible(page);
    fill(page, { identifier: 'ana@example.org' });
    await until(() => !!page.shadowRoot.querySelector('.done'));
    expect(text(page)).to.contain('If an account matches, we have sent an email');

    const again = await mount('forgot-password-page');
    fill(again, { identifier: 'ana.example' });
    await until(() => bodies.length === 2);
    expect(bodies).to.deep.equal([{ email: 'ana@example.org' }, { username: 'ana.example' }]);
  });

  it('reset link: the new password twice, a used link explained, then sign-in in its district', async () => {
    let used = false;
    await mockApi(
      http.post('/api/v1/password-reset/complete', async ({ request }) => {
        bodies.push(await request.json());
        if (used) return HttpResponse.json({ code: 'reset_link_invalid', message: 'x' }, { status: 400 });
        if ((bodies.at(-1) as { password: string }).password === 'short') {
          return HttpResponse.json(
            { code: 'password_too_weak', message: 'x', field: '/password', params: { minLength: 10, minKinds: 3 } },
            { status: 400 },
          );
        }
        used = true;
        return HttpResponse.json({ username: 'ana.example', district: 'cedar-hollow' });
      }),
    );
    const page = await mount('reset-password-page', '?token=abcdefghijklmnopqrstuvwxyz');
    fill(page, { password: 'New-Password-1', passwordAgain: 'New-Password-2' });
    await until(() => text(page).includes('The two passwords are not the same'));
    expect(bodies).to.deep.equal([]);

    // The district's rules come with the refusal and are said in the page's language.
    fill(page, { password: 'short', passwordAgain: 'short' });
    await until(() => text(page).includes('Use at least 10 characters, with at least 3 of these four kinds'));
    await useLanguage('es');
    await until(() => text(page).includes('Use al menos 10 caracteres, con al menos 3 de estos cuatro tipos'));
    await useLanguage('en');
    bodies.length = 0;

    fill(page, { password: 'New-Password-1', passwordAgain: 'New-Password-1' });
    await until(() => !!page.shadowRoot.querySelector('.done'));
    expect(bodies).to.deep.equal([{ token: 'abcdefghijklmnopqrstuvwxyz', password: 'New-Password-1' }]);
    expect(page.shadowRoot.querySelector('.button')!.getAttribute('href')).to.equal(
      '/sign-in?district=cedar-hollow',
    );
    await expectAccessible(page);

    const twice = await mount('reset-password-page', '?token=abcdefghijklmnopqrstuvwxyz');
    fill(twice, { password: 'New-Password-1', passwordAgain: 'New-Password-1' });
    await until(() => text(twice).includes('This link has expired or has already been used'));
  });

  it('change password: a wrong current password is said so; the renewed session is kept', async () => {
    let keys: (string | null)[] = [];
    await mockApi(
      http.put('/api/v1/account/password', async ({ request }) => {
        keys.push(request.headers.get('idempotency-key'));
        const body = (await request.json()) as { currentPassword: string };
        if (body.currentPassword !== 'right') {
          return HttpResponse.json({ code: 'current_password_wrong', message: 'x' }, { status: 400 });
        }
        return HttpResponse.json({ ...session, expiresAt: '2099-02-02T00:00:00.000Z' });
      }),
    );
    const page = (await mountPage('change-password-page', db, { namespace: 'auth' })) as unknown as Page;
    fill(page, { currentPassword: 'wrong', newPassword: 'N-1-long-enough', passwordAgain: 'N-1-long-enough' });
    await until(() => text(page).includes('Your current password is not correct.'));
    await expectAccessible(page);

    fill(page, { currentPassword: 'right', newPassword: 'N-1-long-enough', passwordAgain: 'N-1-long-enough' });
    await until(() => !!page.shadowRoot.querySelector('.done'));
    expect((await readMeta(db, 'session'))?.expiresAt).to.equal('2099-02-02T00:00:00.000Z');
    expect(keys).to.have.length(2);
    expect(keys[0]).to.not.equal(keys[1]);
    keys = [];
  });

  it('forgotten username: the email address, the same answer whether or not it matched', async () => {
    await mockApi(
      http.post('/api/v1/username-reminder', async ({ request }) => {
        bodies.push(await request.json());
        return HttpResponse.json({ accepted: true }, { status: 202 });
      }),
    );
    const page = await mount('forgot-username-page');
    fill(page, { email: 'nobody@example.org' });
    await until(() => !!page.shadowRoot.querySelector('.done'));
    expect(bodies).to.deep.equal([{ email: 'nobody@example.org' }]);
    expect(text(page)).to.contain('If an account has this address');
    await expectAccessible(page);
  });

  it('change email: a link to the new address; the link\'s page confirms it', async () => {
    await mockApi(
      http.post('/api/v1/account/email', async ({ request }) => {
        bodies.push({ key: !!request.headers.get('idempotency-key'), ...((await request.json()) as object) });
        return HttpResponse.json({ pendingEmail: 'new@example.org' }, { status: 202 });
      }),
      http.post('/api/v1/account/email/confirm', async ({ request }) => {
        bodies.push(await request.json());
        return HttpResponse.json({ email: 'new@example.org', district: 'cedar-hollow' });
      }),
    );
    const page = (await mountPage('change-email-page', db, { namespace: 'auth' })) as unknown as Page;
    expect(text(page)).to.contain('Your email address now: ana@example.org');
    fill(page, { email: 'new@example.org', currentPassword: 'secret' });
    await until(() => !!page.shadowRoot.querySelector('.done'));
    expect(text(page)).to.contain('We sent a link to new@example.org');
    await expectAccessible(page);

    const confirm = await mount('confirm-email-page', '?token=qrstuvwxyzabcdefghij');
    await until(() => !!confirm.shadowRoot.querySelector('.done'));
    expect(text(confirm)).to.contain('Your email address is now new@example.org.');
    expect(bodies).to.deep.equal([
      { key: true, currentPassword: 'secret', email: 'new@example.org' },
      { token: 'qrstuvwxyzabcdefghij' },
    ]);
  });
});
