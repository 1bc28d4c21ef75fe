import { expect } from '@esm-bundle/chai';
import type { PortalDb } from '../../src/data/db.ts';
import { moneyTables } from '../../src/data/money-tables.ts';
import '../../src/pages/money/food-service-page.ts';
import '../../src/pages/today/today-page.ts';
import { seed } from './pages/mount.ts';
import { expectAccessible } from './axe.ts';
import { familyChanges } from './fixture.ts';
import { dropDb, freshDb, mockApi, until, useLanguage } from './helpers.ts';
import { moneyReads, moneyState } from './money/money-fixture.ts';
import { mountPage, texts } from './pages/mount.ts';

const shown = (root: ParentNode, selector: string) => texts(root, selector).join(' | ');

describe('Food Service page', () => {
  let db: PortalDb;
  beforeEach(async () => {
    db = freshDb();
    await mockApi(...moneyReads(moneyState()));
  });
  afterEach(async () => {
    document.querySelectorAll('food-service-page, today-page').forEach((page) => page.remove());
    await dropDb(db);
  });

  async function deposit(page: HTMLElement, amount: string) {
    const input = page.shadowRoot!.querySelector<HTMLInputElement>('#amount')!;
    input.value = amount;
    input.dispatchEvent(new Event('input', { bubbles: true, composed: true }));
    page.shadowRoot!.querySelector<HTMLButtonElement>('form button[type=submit]')!.click();
    await new Promise((resolve) => setTimeout(resolve, 100));
    return shown(page.shadowRoot!, '.problem');
  }

  it('shows the balance and the transactions, newest first, and adds a deposit to the cart', async () => {
    await useLanguage('en');
    const page = await mountPage('food-service-page', db, { namespace: 'money' });
    const root = page.shadowRoot!;
    await until(() => !!root.querySelector('[data-balance]'));
    expect(shown(root, '.balance')).to.equal('$12.75');
    expect(shown(root, 'ul.rows li')).to.match(
      /^Lunch .*Dec 2, 2026.*-\$3\.25 \| Deposit .*\+\$16\.00$/,
    );
    await expectAccessible(page);

    expect(await deposit(page, '')).to.equal('Enter an amount.');
    expect(await deposit(page, '-5')).to.equal(
      'Enter an amount in dollars and cents, for example 12.50.',
    );
    expect(await deposit(page, '0.00')).to.equal('The amount must be more than zero.');
    expect(await deposit(page, '20')).to.equal('');
    await until(() => shown(root, '[role=status]').includes('Added to the cart.'));
    const lines = await moneyTables(db).cart.toArray();
    expect(lines.map((line) => [line.id, line.amountCents])).to.deep.equal([
      ['food_deposit:31', 2000],
    ]);
  });

  it('warns about a low balance in Traditional Chinese', async () => {
    await useLanguage('zh-Hant');
    const page = await mountPage('food-service-page', db, {
      namespace: 'money',
      context: { studentId: 12, params: { studentId: '12' } },
    });
    await until(() => !!page.shadowRoot!.querySelector('[data-balance]'));
    expect(shown(page.shadowRoot!, '.balance')).to.equal('US$3.10');
    expect(shown(page.shadowRoot!, '.warning-box')).to.equal(
      '餘額不足。請儲值，以便孩子購買午餐。',
    );
    expect(shown(page.shadowRoot!, 'h2.section + p')).to.equal('尚無交易記錄。');
  });

  it("Today shows every fee still owed (last year's too) and each child's lunch balance, offline", async () => {
    await useLanguage('en');
    await seed(db, familyChanges());
    const food = await mountPage('food-service-page', db, { namespace: 'money' });
    await until(() => !!food.shadowRoot!.querySelector('[data-balance]'));
    food.remove();
    // Offline from here: Today reads only what the refresh saved.
    await mockApi();
    const page = await mountPage('today-page', db, { namespace: 'today' });
    await until(
      () => !!page.shadowRoot!.querySelector('today-money-card')?.shadowRoot?.querySelector('h2'),
    );
    const card = page.shadowRoot!.querySelector('today-money-card')!.shadowRoot!;
    expect(shown(card, 'ul.fees li')).to.equal(
      'Science lab fee · due Nov 30 $25.00 | Technology fee · due Dec 15 $35.50 | ' +
        'Last year workbook · due Dec 15 $25.00',
    );
    expect(shown(card, 'ul.balances li')).to.equal(
      'Leo Example $12.75 | Mimi Example Low balance $3.10',
    );
    await expectAccessible(page);
  });
});
