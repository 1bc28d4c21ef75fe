import { expect } from '@esm-bundle/chai';
import type { OrderLine } from '../../src/api/money.ts';
import type { PortalDb } from '../../src/data/db.ts';
import '../../src/pages/money/payment-history-page.ts';
import '../../src/pages/money/receipt-page.ts';
import { expectAccessible } from './axe.ts';
import { dropDb, freshDb, mockApi, until, useLanguage } from './helpers.ts';
import { moneyReads, moneyState, payment } from './money/money-fixture.ts';
import { mountPage, texts } from './pages/mount.ts';

const shown = (root: ParentNode, selector: string) => texts(root, selector).join(' | ');

function line(
  id: number,
  kind: OrderLine['kind'],
  studentId: number,
  description: string,
  amountCents: number,
  quantity = 1,
): OrderLine {
  return {
    id,
    kind,
    studentId,
    feeId: null,
    foodServiceAccountId: kind === 'food_deposit' ? 20 + studentId : null,
    optionalPaymentId: kind === 'optional_payment' ? 41 : null,
    quantity,
    description,
    amountCents,
  };
}

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
            payment(93, {
              amountCents: 10000,
              createdAt: '2026-10-01T17:00:00.000Z',
              lines: [
                line(930, 'food_deposit', 11, 'Food service deposit', 2000),
                line(931, 'food_deposit', 12, 'Food service deposit', 1000),
                line(932, 'optional_payment', 12, 'Yearbook 2027', 7000, 2),
              ],
            }),
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
    await until(() => root.querySelectorAll('[data-payment-id]').length === 3);
    expect(
      [...root.querySelectorAll('[data-payment-id]')].map((li) => li.getAttribute('data-status')),
    ).to.deep.equal(['declined', 'succeeded', 'succeeded']);
    expect(shown(root, '[data-payment-id="90"]')).to.contain('Science lab fee');
    expect(shown(root, '[data-payment-id="90"]')).to.contain('Family card · Visa ending in 4242');
    await expectAccessible(page);
  });

  it('opens a receipt, readable offline once saved, in Simplified Chinese', async () => {
    await useLanguage('zh-Hans');
    const list = await mountPage('payment-history-page', db, { namespace: 'money' });
    await until(() => list.shadowRoot!.querySelectorAll('[data-payment-id]').length === 3);
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

  it('names the student of each line, in the list and on the receipt, in every language', async () => {
    const lists = {
      en: 'Lunch money for Leo Example, Lunch money for Mimi Example, Yearbook 2027 for Mimi Example',
      es:
        'Dinero para el almuerzo de Leo Example, Dinero para el almuerzo de Mimi Example, ' +
        'Yearbook 2027 de Mimi Example',
      'zh-Hans': 'Leo Example 的午餐费, Mimi Example 的午餐费, Mimi Example 的Yearbook 2027',
      'zh-Hant': 'Leo Example 的午餐費, Mimi Example 的午餐費, Mimi Example 的Yearbook 2027',
    } as const;
    for (const [language, expected] of Object.entries(lists)) {
      await useLanguage(language as keyof typeof lists);
      const page = await mountPage('payment-history-page', db, { namespace: 'money' });
      await until(() => page.shadowRoot!.querySelectorAll('[data-payment-id]').length === 3);
      expect(shown(page.shadowRoot!, '[data-payment-id="93"] .lines'), language).to.equal(expected);
      expect(shown(page.shadowRoot!, '[data-payment-id="90"] .lines'), language).to.contain(
        'Science lab fee',
      );
      expect(shown(page.shadowRoot!, '[data-payment-id="90"] .lines'), language).to.contain(
        'Leo Example',
      );
      page.remove();
    }

    await useLanguage('zh-Hant');
    const page = await mountPage('receipt-page', db, {
      namespace: 'money',
      context: { params: { id: '93' } },
    });
    expect(shown(page.shadowRoot!, '.rows strong')).to.equal(
      'Leo Example 的午餐費 | Mimi Example 的午餐費 | Mimi Example 的Yearbook 2027',
    );
    expect(shown(page.shadowRoot!, '.rows .detail')).to.equal('2 件');
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
