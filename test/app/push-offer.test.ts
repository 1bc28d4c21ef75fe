import { expect } from '@esm-bundle/chai';
import '../../src/app/push-offer.ts';
import { readMeta, type PortalDb } from '../../src/data/db.ts';
import { session } from './fixture.ts';
import { dropDb, freshDb, until, useLanguage } from './helpers.ts';

describe('push offer', () => {
  let db: PortalDb;
  let asked = 0;
  const original = Notification.requestPermission;
  beforeEach(async () => {
    db = freshDb();
    asked = 0;
    await useLanguage('en');
    Notification.requestPermission = async () => {
      asked += 1;
      return 'denied';
    };
  });
  afterEach(async () => {
    Notification.requestPermission = original;
    document.querySelectorAll('push-offer').forEach((offer) => offer.remove());
    await dropDb(db);
  });

  async function mount(stayLoggedIn: boolean) {
    const offer = document.createElement('push-offer');
    offer.db = db;
    offer.session = { ...session, stayLoggedIn };
    document.body.append(offer);
    await new Promise((resolve) => setTimeout(resolve, 300));
    return offer;
  }

  it('is not offered without "stay logged in"', async () => {
    const offer = await mount(false);
    expect(offer.shadowRoot?.querySelector('button')).to.equal(null);
    expect(asked).to.equal(0);
  });

  it('is offered after "stay logged in", asks only on a tap, and "Not now" is remembered', async function () {
    if (Notification.permission !== 'default') this.skip();
    const offer = await mount(true);
    const buttons = () => [...(offer.shadowRoot?.querySelectorAll('button') ?? [])];
    await until(() => buttons().length === 2);
    expect(buttons().map((b) => b.textContent?.trim())).to.deep.equal(['Turn on notifications', 'Not now']);
    expect(asked).to.equal(0);

    buttons()[0]!.click();
    await until(() => asked === 1);
    await until(() => (offer.shadowRoot?.textContent ?? '').includes('blocked'));
    expect(await readMeta(db, 'pushOffer')).to.equal('declined');
  });
});
