import { expect } from '@esm-bundle/chai';
import type { PortalDb } from '../../src/data/db.ts';
import '../../src/pages/money/payment-history-page.ts';
import '../../src/pages/money/receipt-page.ts';
import { expectAccessible } from './axe.ts';
import { dropDb, freshDb, mockApi, until, useLanguage } from './helpers.ts';
import { moneyReads, moneyState, payment } from './money/money-fixture.ts';
import { mountPage, texts } from './pages/mount.ts';

const shown = (root: ParentNode, selector: string) => texts(root, selector).join(' | ');

describe('Payment history and receipts', () => {
  let db: PortalDb;
  beforeEach(async () => {
    db = freshDb();
    await mockApi(
      ...moneyReads(
        moneyState({
          payments: [
            payment(92, {
              status: 'declined',
              failureCode: 'payment_declined',
              receipt: null,
              createdAt: '2026-11-02T17:00:00.000Z',
            }),
            payment(90),
          ],
        }),
      ),
    );
  });
  afterEach(async () => {
    document
      .querySelectorAll('payment-history-page, receipt-page')
      .forEach((page) => page.remove());
    await dropDb(db);
  });

  it('lists every payment, newest first, with its status', async () => {
    await useLanguage('en');
    const page = await mountPage('payment-history-page', db, { namespace: 'money' });
    const root = page.shadowRoot!;
    await until(() => root.querySelectorAll('[data-payment-id]').length === 2);
    expect(
      [...root.querySelectorAll('[data-payment-id]')].map((li) => li.getAttribute('data-status')),
    ).to.deep.equal(['declined', 'succeeded']);
    expect(shown(root, '[data-payment-id="90"]')).to.contain('Science lab fee');
    expect(shown(root, '[data-payment-id="90"]')).to.contain('Family card · Visa ending in 4242');
    await expectAccessible(page);
  });

  it('opens a receipt, readable offline once saved, in Simplified Chinese', async () => {
    await useLanguage('zh-Hans');
    const list = await mountPage('payment-history-page', db, { namespace: 'money' });
    await until(() => list.shadowRoot!.querySelectorAll('[data-payment-id]').length === 2);
    list.remove();
    await mockApi();
    const page = await mountPage('receipt-page', db, {
      namespace: 'money',
      context: { params: { id: '90' } },
    });
    const root = page.shadowRoot!;
    expect(shown(root, 'h1')).to.equal('收据 R-000090');
    expect(shown(root, 'dl')).to.contain('ana@example.org');
    expect(shown(root, '.total')).to.equal('合计 US$15.00');
    await expectAccessible(page);
  });

  it('says a receipt is not on the device, for an unknown or malformed address', async () => {
    await useLanguage('en');
    for (const id of ['999', 'abc']) {
      const page = await mountPage('receipt-page', db, {
        namespace: 'money',
        context: { params: { id } },
      });
      await until(() => !!page.shadowRoot!.querySelector('empty-state'));
      expect(page.shadowRoot!.querySelector('empty-state')!.heading).to.equal('Payment not found');
      page.remove();
    }
  });
});
