import { expect } from '@esm-bundle/chai';
import '../../src/app/kiosk-guard.ts';
import type { KioskGuard } from '../../src/app/kiosk-guard.ts';
import { setKiosk } from '../../src/app/kiosk.ts';
import { type PortalDb } from '../../src/data/db.ts';
import { queueWrite } from '../../src/data/outbox/outbox-store.ts';
import { loadNamespace } from '../../src/i18n/i18n.ts';
import '../../src/pages/sign-in/sign-in-page.ts';
import { expectAccessible } from './axe.ts';
import { FakeClock } from './fake-clock.ts';
import { dropDb, freshDb, until, useLanguage } from './helpers.ts';

describe('kiosk guard', () => {
  let db: PortalDb;
  let clock: FakeClock;
  let guard: KioskGuard;
  let signOuts: (string | undefined)[];
  const onSignOut = (event: GlobalEventHandlersEventMap['portal-sign-out']) =>
    signOuts.push(event.detail.reason);

  beforeEach(async () => {
    await useLanguage('en');
    await loadNamespace('kiosk');
    db = freshDb();
    clock = new FakeClock();
    signOuts = [];
    document.addEventListener('portal-sign-out', onSignOut);
    guard = document.createElement('kiosk-guard');
    guard.clock = clock;
    guard.db = db;
    guard.idleSeconds = 180;
    document.body.append(guard);
    await guard.updateComplete;
  });
  afterEach(async () => {
    document.removeEventListener('portal-sign-out', onSignOut);
    guard.remove();
    await dropDb(db);
  });

  const dialog = () => guard.shadowRoot!.querySelector('dialog')!;
  const settle = async () => {
    await new Promise((resolve) => setTimeout(resolve, 30));
    await guard.updateComplete;
  };

  it('says the device is a kiosk, and nothing runs while nobody is signed in', async () => {
    await useLanguage('en');
    expect(guard.shadowRoot!.querySelector('.banner')!.textContent).to.equal(
      'Shared kiosk: you will be signed out after 3 minutes without activity, and nothing of yours stays on this device.',
    );
    clock.tick(600_000);
    expect(signOuts).to.deep.equal([]);
    await expectAccessible(guard);
  });

  it('warns 30 seconds before with the unsent changes, "Stay signed in" starts again, then signs out', async () => {
    await useLanguage('en');
    await queueWrite(db, { kind: 'settings.update', method: 'PUT', path: '/api/v1/settings', body: {} });
    guard.active = true;
    await guard.updateComplete;

    clock.tick(149_000);
    await settle();
    expect(dialog().open).to.equal(false);
    clock.tick(1_000);
    await until(() => dialog().open);
    await until(() => (dialog().textContent ?? '').includes('1 change has not been sent'));
    expect(dialog().textContent).to.contain('You will be signed out in 30 seconds.');
    clock.tick(10_000);
    await settle();
    expect(dialog().textContent).to.contain('in 20 seconds');
    await expectAccessible(guard);

    dialog().querySelector<HTMLButtonElement>('button')!.click();
    await settle();
    expect(dialog().open).to.equal(false);
    clock.tick(179_000);
    expect(signOuts).to.deep.equal([]);

    clock.tick(1_000);
    await settle();
    expect(signOuts).to.deep.equal(['idle']);
    expect(dialog().open).to.equal(false);
  });

  it('takes the idle time the district set', async () => {
    await useLanguage('es');
    guard.idleSeconds = 45;
    guard.active = true;
    await guard.updateComplete;
    expect(guard.shadowRoot!.querySelector('.banner')!.textContent).to.contain('45 segundos');
    clock.tick(15_000);
    await until(() => dialog().open);
    clock.tick(30_000);
    await settle();
    expect(signOuts).to.deep.equal(['idle']);
  });
});

describe('sign-in on a kiosk', () => {
  afterEach(() => {
    setKiosk(false);
    document.querySelectorAll('sign-in-page').forEach((page) => page.remove());
  });

  it('offers no "stay logged in" and says the device is shared', async () => {
    await useLanguage('en');
    await loadNamespace('auth');
    const normal = document.createElement('sign-in-page');
    document.body.append(normal);
    await normal.updateComplete;
    expect(normal.shadowRoot!.querySelector('#stay')).to.not.equal(null);
    normal.remove();

    setKiosk(true);
    const kiosk = document.createElement('sign-in-page');
    document.body.append(kiosk);
    await kiosk.updateComplete;
    expect(kiosk.shadowRoot!.querySelector('#stay')).to.equal(null);
    expect(kiosk.shadowRoot!.textContent).to.contain('shared kiosk device');
    expect(kiosk.shadowRoot!.querySelector('a[href="/forgot-password"]')).to.not.equal(null);
    await expectAccessible(kiosk);
  });
});
