import assert from 'node:assert/strict';
import { test } from 'node:test';
import { buildApp } from '../../server/app.ts';
import { openPortalDatabase } from '../../server/db/database.ts';
import { ensureDemoDistrict } from '../../server/demo/district.ts';
import { sessionCookieOf, signIn } from './helpers/app.ts';
import { checkout } from './helpers/money.ts';

/** A Thursday in December, 09:00 in Chicago. */
const now = new Date('2026-12-03T15:00:00Z');

test('both demo guardians see fees (paid, partly paid, due, optional), food accounts and offers, and can pay', async () => {
  const { db } = await openPortalDatabase(':memory:');
  const app = await buildApp({ db, secureCookies: false, now: () => now });
  try {
    const signIns = (await ensureDemoDistrict(db, { now })) ?? [];
    assert.equal(signIns.length, 2);
    for (const { username, password } of signIns) {
      const cookie = sessionCookieOf(await signIn(app, username, password));
      const get = async (url: string) => {
        const response = await app.inject({ method: 'GET', url, headers: { cookie } });
        assert.equal(response.statusCode, 200, `${url}: ${response.body}`);
        return response.json();
      };
      const { fees } = await get('/api/v1/fees');
      assert.ok(fees.some((f: { status: string }) => f.status === 'paid'), 'a paid fee');
      assert.ok(fees.some((f: { paidCents: number; status: string }) => f.status === 'unpaid' && f.paidCents > 0), 'a partly paid fee');
      assert.ok(fees.some((f: { optional: boolean }) => f.optional), 'an optional fee');
      const food = await get('/api/v1/food-service-accounts');
      assert.ok(food.foodServiceAccounts.length >= 2);
      const [account] = food.foodServiceAccounts;
      const { transactions } = await get(`/api/v1/food-service-accounts/${account.id}/transactions`);
      assert.ok(transactions.some((t: { kind: string }) => t.kind === 'purchase'));
      assert.equal(transactions[0].balanceAfterCents, account.balanceCents);
      const { optionalPayments } = await get('/api/v1/optional-payments');
      const kinds = new Set(optionalPayments.map((o: { kind: string }) => o.kind));
      assert.deepEqual([...kinds].sort(), ['activity_registration', 'field_trip', 'school_store', 'yearbook']);
      const { payments } = await get('/api/v1/payments');
      assert.ok(payments.length > 0 && payments.every((p: { receipt: unknown }) => p.receipt));
      const { paymentMethods } = await get('/api/v1/payment-methods');
      assert.equal(paymentMethods.length, 1);

      const due = fees.find((f: { status: string; optional: boolean; paidCents: number }) =>
        f.status === 'unpaid' && !f.optional && f.paidCents === 0);
      const paid = await checkout({ app }, cookie, {
        paymentMethodId: paymentMethods[0].id,
        receiptEmail: 'demo@example.org',
        lines: [{ kind: 'fee', feeId: due.id, amountCents: due.balanceCents }],
      });
      assert.equal(paid.statusCode, 201, paid.body);
    }
    const low = await db.selectFrom('foodServiceAccount as a').innerJoin('ledgerEntry as e', 'e.foodServiceAccountId', 'a.id')
      .select((eb) => ['a.id', eb.fn.sum<number>('e.amountCents').as('balance')]).groupBy('a.id').execute();
    assert.ok(low.some((a) => Number(a.balance) < 500), 'one child under the $5.00 alert line');
  } finally {
    await app.close();
    await db.destroy();
  }
});
