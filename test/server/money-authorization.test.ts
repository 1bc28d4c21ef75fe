import assert from 'node:assert/strict';
import { afterEach, beforeEach, describe, test } from 'node:test';
import { recordFoodEntry } from '../../server/money/food-purchase.ts';
import { buildTestWorld, closeTestWorld, getAs, signedInAs, type TestWorld } from './helpers/app.ts';
import { addCard, checkout, moneyFixture } from './helpers/money.ts';
import { writeAs } from './helpers/writes.ts';

describe('money: only the guardian\'s own students', () => {
  let world: TestWorld;
  let money: Awaited<ReturnType<typeof moneyFixture>>;
  let lucia: string;
  let sam: string;
  let luciaCard: number;
  let samCard: number;

  beforeEach(async () => {
    world = await buildTestWorld();
    money = await moneyFixture(world);
    lucia = await signedInAs(world, 'a');
    sam = await signedInAs(world, 'b');
    luciaCard = await addCard(world, lucia);
    samCard = await addCard(world, sam);
  });
  afterEach(() => closeTestWorld(world));

  test('another guardian\'s student\'s fees, food account and offers answer 404', async () => {
    const fees = (await getAs(world.app, sam, '/api/v1/fees')).json().fees;
    assert.deepEqual(fees.map((f: { id: number }) => f.id), [money.fees.cleoLaptop]);
    const foreignFee = await getAs(world.app, sam, `/api/v1/fees/${money.fees.anaLaptop}`);
    assert.equal(foreignFee.statusCode, 404);
    const food = (await getAs(world.app, sam, '/api/v1/food-service-accounts')).json();
    assert.deepEqual(food.foodServiceAccounts.map((a: { id: number }) => a.id), [money.food.cleo]);
    const foreignFood = await getAs(world.app, sam, `/api/v1/food-service-accounts/${money.food.ana}/transactions`);
    assert.equal(foreignFood.statusCode, 404);
    const offers = (await getAs(world.app, sam, '/api/v1/optional-payments')).json().optionalPayments;
    assert.ok(offers.every((o: { studentId: number }) => o.studentId === world.fixture.students.cleo));

    const lines = [
      { kind: 'fee', feeId: money.fees.anaLaptop, amountCents: 100 },
      { kind: 'food_deposit', foodServiceAccountId: money.food.ana, amountCents: 100 },
      { kind: 'optional_payment', optionalPaymentId: money.yearbook, studentId: world.fixture.students.ana, quantity: 1 },
    ];
    for (const line of lines) {
      const response = await checkout(world, sam, { paymentMethodId: samCard, lines: [line] });
      assert.equal(response.statusCode, 404, `${line.kind}: ${response.body}`);
    }
    const recurring = await writeAs(world.app, sam, 'POST', '/api/v1/recurring-payments', {
      targetKind: 'fee', feeId: money.fees.anaLaptop, frequency: 'weekly',
      startDate: '2025-09-10', endDate: '2025-12-01', paymentMethodId: samCard, receiptEmail: 'sam@example.org',
    });
    assert.equal(recurring.statusCode, 404);
    assert.equal(await world.db.selectFrom('payment').select('id').executeTakeFirst(), undefined);
  });

  test('another guardian\'s payment methods, payments and recurring payments answer 404', async () => {
    const useLucias = await checkout(world, sam, {
      paymentMethodId: luciaCard,
      lines: [{ kind: 'fee', feeId: money.fees.cleoLaptop, amountCents: 100 }],
    });
    assert.equal(useLucias.statusCode, 404);
    assert.equal(useLucias.json().field, '/paymentMethodId');
    const paid = await checkout(world, lucia, {
      paymentMethodId: luciaCard,
      lines: [{ kind: 'fee', feeId: money.fees.anaLaptop, amountCents: 100 }],
    });
    assert.equal(paid.statusCode, 201);
    assert.equal((await getAs(world.app, sam, `/api/v1/payments/${paid.json().id}`)).statusCode, 404);
    assert.deepEqual((await getAs(world.app, sam, '/api/v1/payments')).json().payments, []);
    const methods = (await getAs(world.app, sam, '/api/v1/payment-methods')).json().paymentMethods;
    assert.deepEqual(methods.map((m: { id: number }) => m.id), [samCard]);
    assert.equal((await writeAs(world.app, sam, 'DELETE', `/api/v1/payment-methods/${luciaCard}`)).statusCode, 404);
    assert.equal(
      (await writeAs(world.app, sam, 'PATCH', `/api/v1/payment-methods/${luciaCard}`, { nickname: 'mine' })).statusCode,
      404,
    );

    const rule = await writeAs(world.app, lucia, 'POST', '/api/v1/recurring-payments', {
      targetKind: 'food_service_account', foodServiceAccountId: money.food.ana, frequency: 'weekly',
      startDate: '2025-09-10', amountCents: 1000, paymentMethodId: luciaCard, receiptEmail: 'lucia@example.org',
    });
    assert.equal(rule.statusCode, 201, rule.body);
    const id = rule.json().id;
    assert.deepEqual((await getAs(world.app, sam, '/api/v1/recurring-payments')).json().recurringPayments, []);
    assert.equal((await writeAs(world.app, sam, 'PATCH', `/api/v1/recurring-payments/${id}`, { amountCents: 1 })).statusCode, 404);
    assert.equal((await writeAs(world.app, sam, 'DELETE', `/api/v1/recurring-payments/${id}`)).statusCode, 404);
    // A method in use by a recurring payment stays until that changes.
    const inUse = await writeAs(world.app, lucia, 'DELETE', `/api/v1/payment-methods/${luciaCard}`);
    assert.equal(inUse.statusCode, 409);
    assert.equal(inUse.json().code, 'payment_method_in_use');
  });

  test('the low-balance threshold: $5.00 until changed, and crossing it raises a notification', async () => {
    assert.equal((await getAs(world.app, lucia, '/api/v1/low-balance-threshold')).json().thresholdCents, 500);
    const set = await writeAs(world.app, lucia, 'PUT', '/api/v1/low-balance-threshold', { thresholdCents: 1000 });
    assert.equal(set.statusCode, 200, set.body);
    assert.equal(set.json().thresholdCents, 1000);
    const negative = await writeAs(world.app, lucia, 'PUT', '/api/v1/low-balance-threshold', { thresholdCents: -1 });
    assert.equal(negative.statusCode, 400);

    const ana = world.fixture.students.ana;
    const at = world.clock.now();
    await recordFoodEntry(world.db, { studentId: ana, amountCents: 900, description: 'Lunch', at }, { push: false });
    await recordFoodEntry(world.db, { studentId: ana, amountCents: 350, description: 'Lunch', at }, { push: false });
    await recordFoodEntry(world.db, { studentId: ana, amountCents: 350, description: 'Lunch', at }, { push: false });
    const alerts = await world.db.selectFrom('notification').select(['guardianId', 'params'])
      .where('kind', '=', 'low_food_balance').execute();
    assert.equal(alerts.length, 1); // 2000 → 1100 → 750 (crossed 1000) → 400
    assert.equal(alerts[0]?.guardianId, world.fixture.guardians.a.id);
    assert.match(alerts[0]?.params ?? '', /"balanceCents":750/);
    const food = (await getAs(world.app, lucia, '/api/v1/food-service-accounts')).json();
    const account = food.foodServiceAccounts.find((a: { id: number }) => a.id === money.food.ana);
    assert.equal(account.balanceCents, 400);
    assert.equal(account.lowBalance, true);
  });
});
