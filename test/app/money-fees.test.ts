import { expect } from '@esm-bundle/chai';
import type { PortalDb } from '../../src/data/db.ts';
import { moneyTables } from '../../src/data/money-tables.ts';
import '../../src/pages/money/fee-detail-page.ts';
import '../../src/pages/money/fees-page.ts';
import { expectAccessible } from './axe.ts';
import { dropDb, freshDb, mockApi, until, useLanguage } from './helpers.ts';
import { moneyReads, moneyState } from './money/money-fixture.ts';
import { mountPage, texts } from './pages/mount.ts';

const shown = (root: ParentNode, selector: string) => texts(root, selector).join(' | ');

describe('Fees page', () => {
  let db: PortalDb;
  beforeEach(async () => {
    db = freshDb();
    await mockApi(...moneyReads(moneyState()));
  });
  afterEach(async () => {
    document.querySelectorAll('fees-page, fee-detail-page').forEach((page) => page.remove());
    await dropDb(db);
  });

  it('fetches the fees on opening and lists the unpaid ones of the year, partly paid too', async () => {
    await useLanguage('en');
    const page = await mountPage('fees-page', db, { namespace: 'money' });
    await until(() => page.shadowRoot!.querySelectorAll('[data-fee-id]').length > 0);
    const root = page.shadowRoot!;
    expect(
      [...root.querySelectorAll('[data-fee-id]')].map((li) => li.getAttribute('data-fee-id')),
    ).to.deep.equal(['1', '2']);
    expect(shown(root, '[data-fee-id="1"]')).to.contain('Science lab fee $25.00');
    expect(shown(root, '[data-fee-id="1"]')).to.contain('$15.00 of $40.00 paid');
    expect(shown(root, '[data-fee-id="1"]')).to.contain('Partly paid');
    expect(shown(root, '[data-fee-id="1"]')).to.contain('Overdue');
    expect(shown(root, '[data-optional-id]')).to.contain('Yearbook 2027 $35.00');
    await expectAccessible(page);

    root.querySelector<HTMLAnchorElement>('.tabs a[href$="status=paid"]')!.click();
    await until(() => root.querySelector('[data-fee-id="3"]') !== null);
    expect(root.querySelectorAll('[data-fee-id]').length).to.equal(1);
    expect(shown(root, '[data-fee-id="3"]')).to.contain('Band fee $10.00');

    // Back to the unpaid ones with the browser's Back.
    history.back();
    await until(() => root.querySelector('[data-fee-id="1"]') !== null);
    expect(root.querySelector('[data-fee-id="3"]')).to.equal(null);
  });

  it('puts a fee in the cart in full, once however often it is pressed', async () => {
    await useLanguage('en');
    const page = await mountPage('fees-page', db, { namespace: 'money' });
    await until(() => !!page.shadowRoot!.querySelector('[data-fee-id="2"] button.add'));
    page.shadowRoot!.querySelector<HTMLButtonElement>('[data-fee-id="2"] button.add')!.click();
    await until(() => shown(page.shadowRoot!, '[data-fee-id="2"]').includes('In cart: $35.50'));
    const cart = await moneyTables(db).cart.toArray();
    expect(cart.map(({ id, amountCents }) => ({ id, amountCents }))).to.deep.equal([
      { id: 'fee:2', amountCents: 3550 },
    ]);
  });

  it('shows amounts in Spanish and Chinese money formats', async () => {
    await useLanguage('es');
    let page = await mountPage('fees-page', db, { namespace: 'money' });
    await until(() => page.shadowRoot!.querySelector('[data-fee-id="2"]') !== null);
    expect(shown(page.shadowRoot!, '[data-fee-id="2"] .amount')).to.match(/35,50\s?US\$/);
    page.remove();
    await useLanguage('zh-Hant');
    page = await mountPage('fees-page', db, { namespace: 'money' });
    await until(() => page.shadowRoot!.querySelector('[data-fee-id="2"]') !== null);
    expect(shown(page.shadowRoot!, '[data-fee-id="2"] .amount')).to.equal('US$35.50');
    expect(shown(page.shadowRoot!, 'h1')).to.equal('費用');
  });
});

describe('Fee details', () => {
  let db: PortalDb;
  beforeEach(async () => {
    db = freshDb();
    await mockApi(...moneyReads(moneyState()));
  });
  afterEach(async () => {
    document.querySelectorAll('fee-detail-page').forEach((page) => page.remove());
    await dropDb(db);
  });

  async function openFee(id: number) {
    const page = await mountPage('fee-detail-page', db, {
      namespace: 'money',
      context: { params: { studentId: '11', feeId: String(id) } },
    });
    await until(() => !!page.shadowRoot!.querySelector('dl'));
    return page;
  }

  async function pay(page: HTMLElement, amount: string) {
    const input = page.shadowRoot!.querySelector<HTMLInputElement>('#amount')!;
    input.value = amount;
    input.dispatchEvent(new Event('input', { bubbles: true, composed: true }));
    page.shadowRoot!.querySelector<HTMLButtonElement>('button[type=submit]')!.click();
    await new Promise((resolve) => setTimeout(resolve, 100));
    return shown(page.shadowRoot!, '.problem');
  }

  it('shows the applied payments with their dates and refuses bad amounts before the cart', async () => {
    await useLanguage('en');
    const page = await openFee(1);
    const root = page.shadowRoot!;
    expect(shown(root, 'dl')).to.contain('Still owed');
    expect(shown(root, 'ul.rows')).to.match(/Oct 2, 2026.*Paid.*\$15\.00/);
    expect(root.querySelector<HTMLInputElement>('#amount')!.value).to.equal('25.00');

    expect(await pay(page, '25.01')).to.equal('This is more than what is owed ($25.00).');
    expect(await pay(page, '0')).to.equal('The amount must be more than zero.');
    expect(await pay(page, 'ten')).to.equal(
      'Enter an amount in dollars and cents, for example 12.50.',
    );
    expect(await pay(page, '1,234')).to.equal('This is more than what is owed ($25.00).');
    // A point before three digits is not read as thousands (nor guessed as a decimal).
    expect(await pay(page, '2.500')).to.equal(
      'Enter an amount in dollars and cents, for example 12.50.',
    );
    expect(await moneyTables(db).cart.count()).to.equal(0);
    await expectAccessible(page);

    expect(await pay(page, '10.05')).to.equal('');
    await until(() => shown(root, '[role=status]').includes('Added to the cart.'));
    const [line] = await moneyTables(db).cart.toArray();
    expect(line?.amountCents).to.equal(1005);
  });

  it('says it in Spanish and reads a decimal comma', async () => {
    await useLanguage('es');
    const page = await openFee(1);
    expect(await pay(page, '30')).to.equal('Es más de lo que se debe (25,00 US$).');
    expect(await pay(page, '0,00')).to.equal('El importe debe ser mayor que cero.');
    expect(await pay(page, '12,5')).to.equal('');
    let line = (await moneyTables(db).cart.toArray())[0];
    for (let i = 0; i < 50 && !line; i += 1) {
      await new Promise((resolve) => setTimeout(resolve, 40));
      line = (await moneyTables(db).cart.toArray())[0];
    }
    expect(line?.amountCents).to.equal(1250);
  });
});
