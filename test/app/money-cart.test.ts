import { expect } from '@esm-bundle/chai';
import { http, HttpResponse } from 'msw';
import type { CheckoutRequest } from '../../src/api/money.ts';
import type { PortalDb } from '../../src/data/db.ts';
import { moneyTables } from '../../src/data/money-tables.ts';
import { flushOutbox } from '../../src/data/outbox/outbox-sender.ts';
import { addToCart } from '../../src/pages/money/cart-store.ts';
import '../../src/pages/money/cart-page.ts';
import type { CartPage } from '../../src/pages/money/cart-page.ts';
import { expectAccessible } from './axe.ts';
import { dropDb, freshDb, mockApi, until, useLanguage } from './helpers.ts';
import { moneyReads, moneyState, payment, type MoneyState } from './money/money-fixture.ts';
import { mountPage, texts } from './pages/mount.ts';

const shown = (root: ParentNode, selector: string) => texts(root, selector).join(' | ');

async function fillCart(db: PortalDb) {
  await addToCart(db, {
    kind: 'fee',
    targetId: 2,
    studentId: 11,
    description: 'Technology fee',
    amountCents: 3550,
    quantity: 1,
  });
  await addToCart(db, {
    kind: 'food_deposit',
    targetId: 31,
    studentId: 11,
    description: '',
    amountCents: 1000,
    quantity: 1,
  });
}

describe('Cart and checkout', () => {
  let db: PortalDb;
  let state: MoneyState;
  let address: string;
  /** What the server got: one entry per POST /checkout that reached it. */
  let checkouts: { key: string | null; body: CheckoutRequest }[];
  let answer: () => Response;

  beforeEach(async () => {
    db = freshDb();
    state = moneyState();
    checkouts = [];
    answer = () => HttpResponse.error();
    address = window.location.href;
    await mockApi(
      ...moneyReads(state),
      http.post('/api/v1/checkout', async ({ request }) => {
        const response = answer();
        if (response.type !== 'error') {
          checkouts.push({
            key: request.headers.get('idempotency-key'),
            body: (await request.json()) as CheckoutRequest,
          });
        }
        return response;
      }),
    );
    await fillCart(db);
  });
  afterEach(async () => {
    document.querySelectorAll('cart-page').forEach((page) => page.remove());
    history.replaceState(null, '', address);
    await dropDb(db);
  });

  async function openCart(): Promise<CartPage> {
    const page = await mountPage('cart-page', db, { namespace: 'money' });
    await until(() => !!page.shadowRoot!.querySelector('#method option'));
    return page;
  }

  async function pressPay(page: CartPage) {
    page.shadowRoot!.querySelector<HTMLButtonElement>('button.pay')!.click();
    await new Promise((resolve) => setTimeout(resolve, 100));
  }

  it('checks the receipt address before anything is queued', async () => {
    await useLanguage('en');
    const page = await openCart();
    const root = page.shadowRoot!;
    expect(shown(root, '[data-cart-id]')).to.contain('Lunch money for Leo Example $10.00');
    expect(root.querySelector('[data-total]')?.getAttribute('data-total')).to.equal('4550');
    expect(shown(root, '#method')).to.contain('Family card · Visa ending in 4242');
    expect(root.querySelector<HTMLOptionElement>('#method option[value="62"]')!.disabled).to.equal(
      true,
    );
    await expectAccessible(page);

    const email = root.querySelector<HTMLInputElement>('#email')!;
    email.value = 'not an address';
    email.dispatchEvent(new Event('input', { bubbles: true, composed: true }));
    await pressPay(page);
    expect(shown(root, '.problem')).to.equal(
      'Enter an email address for the receipt, for example name@example.com.',
    );
    expect(await db.outbox.count()).to.equal(0);
    expect(await moneyTables(db).cart.count()).to.equal(2);
  });

  it('refuses a fee line that asks more than the fee still owes, before sending', async () => {
    await useLanguage('en');
    // Paid meanwhile (by the other guardian, say): the refresh brings it back paid.
    const paid = state.fees.find((fee) => fee.id === 2)!;
    Object.assign(paid, { paidCents: 3550, balanceCents: 0, status: 'paid' });
    const page = await openCart();
    const root = page.shadowRoot!;
    await until(() => shown(root, '.line-problem') !== '');
    expect(shown(root, '[data-cart-id="fee:2"] .line-problem')).to.equal('This fee is already paid.');
    await pressPay(page);
    expect(shown(root, 'form .problem')).to.equal('Change or remove the lines marked above, then pay.');
    expect(await db.outbox.count()).to.equal(0);
    root.querySelector<HTMLButtonElement>('[data-cart-id="fee:2"] button.remove')!.click();
    await until(() => root.querySelectorAll('[data-cart-id]').length === 1);
    await pressPay(page);
    await until(() => !!root.querySelector('[data-outbox-key]'));
    expect(await db.outbox.count()).to.equal(1);
  });

  it('offline, the checkout waits as "not yet paid", then goes once with its one key', async () => {
    await useLanguage('en');
    const page = await openCart();
    const root = page.shadowRoot!;
    await pressPay(page);
    await until(() => !!root.querySelector('[data-state=waiting]'));
    expect(shown(root, '[data-state=waiting]')).to.contain('Not yet paid');
    expect(await moneyTables(db).cart.count()).to.equal(0);
    await expectAccessible(page);

    // No network: nothing reaches the server, the entry keeps waiting.
    expect(await flushOutbox(db, { force: true })).to.deep.equal({
      sent: 0,
      failed: 0,
      retrying: 1,
    });
    const [entry] = await db.outbox.toArray();
    expect(entry?.body).to.deep.equal({
      paymentMethodId: 61,
      receiptEmail: 'ana@example.org',
      lines: [
        { kind: 'fee', feeId: 2, amountCents: 3550 },
        { kind: 'food_deposit', foodServiceAccountId: 31, amountCents: 1000 },
      ],
    });

    // Back online: one POST with the entry's key; the receipt opens.
    answer = () => HttpResponse.json(payment(120, { amountCents: 4550 }), { status: 201 });
    expect(await flushOutbox(db, { force: true })).to.deep.equal({
      sent: 1,
      failed: 0,
      retrying: 0,
    });
    expect(await flushOutbox(db, { force: true })).to.deep.equal({
      sent: 0,
      failed: 0,
      retrying: 0,
    });
    expect(checkouts.map((c) => c.key)).to.deep.equal([entry?.key]);
    expect((await moneyTables(db).payments.get(120))?.amountCents).to.equal(4550);
    await until(() => window.location.pathname === '/payments/120');
  });

  it("a declined card says so in the guardian's language and the lines are back in the cart, to pay again", async () => {
    await useLanguage('zh-Hans');
    answer = () =>
      HttpResponse.json({ code: 'payment_declined', message: 'Declined' }, { status: 402 });
    const page = await openCart();
    const root = page.shadowRoot!;
    await pressPay(page);
    await until(() => !!root.querySelector('[data-outbox-key]'));
    expect(root.querySelectorAll('[data-cart-id]').length).to.equal(0);
    await flushOutbox(db, { force: true });
    await until(() => !!root.querySelector('[data-state=refused]'));
    expect(shown(root, '.failure')).to.equal('未支付：银行卡被拒绝。请尝试其他付款方式。');
    expect(shown(root, '.back-in-cart')).to.equal('这些项目已放回购物车，可以换一种付款方式支付。');
    // Back in the cart by themselves: nothing to press, nothing left in the outbox.
    await until(() => root.querySelectorAll('[data-cart-id]').length === 2);
    expect(root.querySelector('button.restore')).to.equal(null);
    expect(await db.outbox.count()).to.equal(0);
    const lines = await moneyTables(db).cart.orderBy('addedAt').toArray();
    expect(lines.map((line) => [line.id, line.amountCents])).to.deep.equal([
      ['fee:2', 3550],
      ['food_deposit:31', 1000],
    ]);
    await expectAccessible(page);

    // Paying again is a new checkout with a new key; the notice goes.
    answer = () => HttpResponse.json(payment(121, { amountCents: 4550 }), { status: 201 });
    await pressPay(page);
    await until(() => !root.querySelector('[data-state=refused]'));
    const [entry] = await db.outbox.toArray();
    expect(entry?.key).to.not.equal(checkouts[0]?.key);
    expect((entry?.body as CheckoutRequest).lines).to.have.length(2);
  });

  it('a refusal of the lines themselves stays in the outbox until the guardian takes them back', async () => {
    await useLanguage('en');
    answer = () =>
      HttpResponse.json({ code: 'fee_already_paid', message: 'Paid' }, { status: 409 });
    const page = await openCart();
    const root = page.shadowRoot!;
    await pressPay(page);
    await flushOutbox(db, { force: true });
    await until(() => !!root.querySelector('[data-state=failed]'));
    expect(shown(root, '.failure')).to.equal('Not paid: This fee is already paid.');
    expect(root.querySelectorAll('[data-cart-id]').length).to.equal(0);

    root.querySelector<HTMLButtonElement>('button.restore')!.click();
    await until(() => root.querySelectorAll('[data-cart-id]').length === 2);
    expect(await db.outbox.count()).to.equal(0);
  });
});
