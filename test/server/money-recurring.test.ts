import assert from 'node:assert/strict';
import { afterEach, beforeEach, describe, test } from 'node:test';
import { Temporal } from 'temporal-polyfill';
import { buildApp } from '../../server/app.ts';
import { jobs } from '../../server/jobs/run.ts';
import { MemoryMailer } from '../../server/mail/mailer.ts';
import { recordFoodEntry } from '../../server/money/food-purchase.ts';
import { pay } from '../../server/money/pay.ts';
import type { PaymentProcessor } from '../../server/money/processor.ts';
import { SandboxProcessor } from '../../server/money/sandbox-processor.ts';
import {
  buildTestWorld,
  closeTestWorld,
  getAs,
  sessionCookieOf,
  signedInAs,
  signIn,
  type TestWorld,
} from './helpers/app.ts';
import { insert } from './helpers/fixture.ts';
import { addCard, cards, checkout, moneyFixture } from './helpers/money.ts';
import { writeAs } from './helpers/writes.ts';

/** 8:00 AM in Chicago (the fixture district) on a date. */
const morningOf = (date: string) =>
  new Date(
    Temporal.PlainDate.from(date).toZonedDateTime({
      timeZone: 'America/Chicago',
      plainTime: Temporal.PlainTime.from('08:00'),
    }).epochMilliseconds,
  );

describe('recurring payments', () => {
  let world: TestWorld;
  let mailer: MemoryMailer;
  let money: Awaited<ReturnType<typeof moneyFixture>>;
  let cookie: string;
  let card: number;

  /** Moves the app's clock (the session would have gone idle: sign in again). */
  const laterAt = async (instant: Date) => {
    world.clock.current = instant;
    cookie = sessionCookieOf(await signIn(world.app, 'lucia'));
  };
  const runJobAt = (instant: Date) =>
    jobs['recurring-payments'](world.db, instant, { mailer, push: false });
  const create = (body: Record<string, unknown>, as = cookie) =>
    writeAs(world.app, as, 'POST', '/api/v1/recurring-payments', {
      paymentMethodId: card,
      receiptEmail: 'lucia@example.org',
      ...body,
    });
  const paymentsOf = (recurringPaymentId: number) =>
    world.db
      .selectFrom('payment as p')
      .innerJoin('order as o', 'o.id', 'p.orderId')
      .select(['p.amountCents', 'p.status', 'p.createdAt'])
      .where('o.recurringPaymentId', '=', recurringPaymentId)
      .orderBy('p.id')
      .execute();

  beforeEach(async () => {
    world = await buildTestWorld();
    await world.app.close();
    mailer = new MemoryMailer();
    world.app = await buildApp({ db: world.db, secureCookies: false, now: world.clock.now, mailer });
    money = await moneyFixture(world);
    cookie = await signedInAs(world, 'a');
    card = await addCard(world, cookie);
  });
  afterEach(() => closeTestWorld(world));

  test('a fee by semi-monthly installments over the school year, run daily by the job, adds up to the cent', async () => {
    const created = await create({
      targetKind: 'fee',
      feeId: money.fees.anaLaptop,
      frequency: 'semi_monthly',
      startDate: '2025-09-04',
      endDate: '2026-06-05',
    });
    assert.equal(created.statusCode, 201, created.body);
    const plan = created.json();
    // 1st and 15th from Sep 15 to Jun 1: 18 dates; 5000 / 18 = 277.8 → 278.
    assert.equal(plan.upcoming.length, 18);
    assert.equal(plan.amountCents, 278);
    assert.equal(plan.upcoming.reduce((s: number, i: { amountCents: number }) => s + i.amountCents, 0), 5000);
    assert.equal(plan.upcoming.at(-1).amountCents, 5000 - 17 * 278);

    for (
      let day = Temporal.PlainDate.from('2025-09-04');
      Temporal.PlainDate.compare(day, Temporal.PlainDate.from('2026-06-10')) <= 0;
      day = day.add({ days: 1 })
    ) {
      await runJobAt(morningOf(String(day)));
      if (day.day === 1 || day.day === 15) await runJobAt(morningOf(String(day))); // twice: no double
    }
    const payments = await paymentsOf(plan.id);
    assert.equal(payments.length, 18);
    assert.ok(payments.every((p) => p.status === 'succeeded'));
    assert.equal(payments.reduce((sum, p) => sum + p.amountCents, 0), 5000);
    assert.deepEqual(payments.map((p) => p.amountCents), [...Array(17).fill(278), 274]);

    await laterAt(morningOf('2026-06-10'));
    const fee = (await getAs(world.app, cookie, `/api/v1/fees/${money.fees.anaLaptop}`)).json();
    assert.equal(fee.balanceCents, 0);
    assert.equal(fee.status, 'paid');
    const [rule] = (await getAs(world.app, cookie, '/api/v1/recurring-payments')).json().recurringPayments;
    assert.equal(rule.status, 'ended');
    assert.equal(rule.endedReason, 'fee_paid');
    assert.equal(rule.runs.length, 18);
    assert.equal(mailer.sent.length, 18);
    const bell = await world.db.selectFrom('notification').select('kind').where('kind', '=', 'recurring_payment_run').execute();
    assert.equal(bell.length, 18);
  });

  test('food service: weekly and monthly from the 31st across the year, each exactly once', async () => {
    const weekly = (await create({
      targetKind: 'food_service_account', foodServiceAccountId: money.food.ben,
      frequency: 'weekly', startDate: '2025-09-08', endDate: '2026-06-01', amountCents: 1525,
    })).json();
    const monthly = (await create({
      targetKind: 'food_service_account', foodServiceAccountId: money.food.ana,
      frequency: 'monthly', startDate: '2025-10-31', endDate: '2026-05-31', amountCents: 2000,
    })).json();
    for (
      let day = Temporal.PlainDate.from('2025-09-04');
      Temporal.PlainDate.compare(day, Temporal.PlainDate.from('2026-06-05')) <= 0;
      day = day.add({ days: 1 })
    ) {
      await runJobAt(morningOf(String(day)));
    }
    const weeklyPayments = await paymentsOf(weekly.id);
    assert.equal(weeklyPayments.length, 39); // Sep 8 + 38 weeks = Jun 1
    const monthlyDates = (await world.db.selectFrom('recurringPaymentRun').select('runDate')
      .where('recurringPaymentId', '=', monthly.id).orderBy('runDate').execute()).map((r) => r.runDate);
    assert.deepEqual(monthlyDates, [
      '2025-10-31', '2025-11-30', '2025-12-31', '2026-01-31', '2026-02-28', '2026-03-31',
      '2026-04-30', '2026-05-31',
    ]);
    await laterAt(morningOf('2026-06-05'));
    const accounts = (await getAs(world.app, cookie, '/api/v1/food-service-accounts')).json().foodServiceAccounts;
    assert.equal(accounts.find((a: { id: number }) => a.id === money.food.ben).balanceCents, 39 * 1525);
    assert.equal(accounts.find((a: { id: number }) => a.id === money.food.ana).balanceCents, 2000 + 8 * 2000);
  });

  test('low balance: a deposit when the balance falls under the chosen amount, once a day', async () => {
    const rule = (await create({
      targetKind: 'food_service_account', foodServiceAccountId: money.food.ana,
      frequency: 'low_balance', startDate: '2025-09-03', lowBalanceCents: 500, amountCents: 2500,
    })).json();
    await runJobAt(morningOf('2025-09-04'));
    assert.equal((await paymentsOf(rule.id)).length, 0); // 2000 ≥ 500
    await recordFoodEntry(
      world.db,
      { studentId: world.fixture.students.ana, amountCents: 1700, description: 'Lunch', at: morningOf('2025-09-04') },
      { push: false },
    );
    await runJobAt(morningOf('2025-09-04'));
    await runJobAt(morningOf('2025-09-04'));
    const payments = await paymentsOf(rule.id);
    assert.equal(payments.length, 1);
    assert.equal(payments[0]?.amountCents, 2500);
    await laterAt(morningOf('2025-09-04'));
    const transactions = (await getAs(world.app, cookie, `/api/v1/food-service-accounts/${money.food.ana}/transactions`)).json().transactions;
    assert.equal(transactions[0].balanceAfterCents, 2800);
  });

  test('a fee paid off another way ends its schedule', async () => {
    const rule = (await create({
      targetKind: 'fee', feeId: money.fees.anaLab, frequency: 'weekly',
      startDate: '2025-09-10', endDate: '2025-12-31',
    })).json();
    await runJobAt(morningOf('2025-09-10'));
    const owed = (await getAs(world.app, cookie, `/api/v1/fees/${money.fees.anaLab}`)).json().balanceCents;
    const paid = await checkout(world, cookie, {
      paymentMethodId: card,
      lines: [{ kind: 'fee', feeId: money.fees.anaLab, amountCents: owed }],
    });
    assert.equal(paid.statusCode, 201, paid.body);
    await runJobAt(morningOf('2025-09-17'));
    assert.equal((await paymentsOf(rule.id)).length, 1);
    const [after] = (await getAs(world.app, cookie, '/api/v1/recurring-payments')).json().recurringPayments;
    assert.equal(after.status, 'ended');
    assert.equal(after.endedReason, 'fee_paid');
  });

  test('a declined run is recorded and notified; an edit plans the rest again from what is owed', async () => {
    const declining = await addCard(world, cookie, cards.declined);
    const rule = (await create({
      targetKind: 'fee', feeId: money.fees.anaLab, frequency: 'monthly',
      startDate: '2025-09-10', endDate: '2025-11-10', paymentMethodId: declining,
    })).json();
    assert.equal(rule.amountCents, 412); // 1234 / 3 rounded up
    await runJobAt(morningOf('2025-09-10'));
    const edited = await writeAs(world.app, cookie, 'PATCH', `/api/v1/recurring-payments/${rule.id}`, {
      paymentMethodId: card,
    });
    assert.equal(edited.statusCode, 200, edited.body);
    await runJobAt(morningOf('2025-10-10'));
    await runJobAt(morningOf('2025-11-10'));
    const payments = await paymentsOf(rule.id);
    assert.deepEqual(payments.map((p) => [p.status, p.amountCents]), [
      ['declined', 412], ['succeeded', 617], ['succeeded', 617],
    ]);
    const kinds = await world.db.selectFrom('notification').select(['kind', 'params']).where('kind', '=', 'recurring_payment_run').execute();
    assert.equal(kinds.length, 3);
    assert.match(kinds[0]?.params ?? '', /"declined"/);
  });

  test('no run takes more than is still owed: a part paid at checkout shrinks the next run', async () => {
    const rule = (await create({
      targetKind: 'fee', feeId: money.fees.anaLab, frequency: 'monthly',
      startDate: '2025-09-10', endDate: '2025-11-10',
    })).json();
    await runJobAt(morningOf('2025-09-10'));
    const part = await checkout(world, cookie, {
      paymentMethodId: card, lines: [{ kind: 'fee', feeId: money.fees.anaLab, amountCents: 500 }],
    });
    assert.equal(part.statusCode, 201, part.body);
    await runJobAt(morningOf('2025-10-10'));
    await runJobAt(morningOf('2025-11-10'));
    const payments = await paymentsOf(rule.id);
    assert.deepEqual(payments.map((p) => p.amountCents), [412, 322]);
  });

  test('rules that are refused', async () => {
    const lowFee = await create({
      targetKind: 'fee', feeId: money.fees.anaLab, frequency: 'low_balance', startDate: '2025-09-10', endDate: '2025-12-01',
    });
    assert.equal(lowFee.json().code, 'low_balance_food_only');
    const noEnd = await create({ targetKind: 'fee', feeId: money.fees.anaLab, frequency: 'weekly', startDate: '2025-09-10' });
    assert.equal(noEnd.json().code, 'end_date_required');
    const noDates = await create({
      targetKind: 'fee', feeId: money.fees.anaLab, frequency: 'semi_monthly', startDate: '2025-09-02', endDate: '2025-09-14',
    });
    assert.equal(noDates.json().code, 'date_in_past');
    const noDates2 = await create({
      targetKind: 'fee', feeId: money.fees.anaLab, frequency: 'semi_monthly', startDate: '2025-09-04', endDate: '2025-09-14',
    });
    assert.equal(noDates2.json().code, 'schedule_has_no_dates');
    const optional = await create({
      targetKind: 'fee', feeId: money.fees.benTrip, frequency: 'weekly', startDate: '2025-09-10', endDate: '2025-12-01',
    });
    assert.equal(optional.statusCode, 422);
    assert.equal(optional.json().code, 'optional_fee_needs_first_payment');
    const first = await checkout(world, cookie, {
      paymentMethodId: card, lines: [{ kind: 'fee', feeId: money.fees.benTrip, amountCents: 99 }],
    });
    assert.equal(first.statusCode, 201, first.body);
    const afterFirst = await create({
      targetKind: 'fee', feeId: money.fees.benTrip, frequency: 'weekly', startDate: '2025-09-10', endDate: '2025-12-01',
    });
    assert.equal(afterFirst.statusCode, 201, afterFirst.body);
    const twice = await create({
      targetKind: 'fee', feeId: money.fees.benTrip, frequency: 'monthly', startDate: '2025-09-10', endDate: '2025-12-01',
    });
    assert.equal(twice.json().code, 'recurring_payment_exists');
    const noAmount = await create({
      targetKind: 'food_service_account', foodServiceAccountId: money.food.ana, frequency: 'weekly', startDate: '2025-09-10',
    });
    assert.equal(noAmount.json().code, 'amount_required');
  });

  test('only the guardian who set it up deletes it; another guardian of the student may edit it', async () => {
    await insert(world.db, 'guardianStudent', {
      districtId: world.fixture.districtId, guardianId: world.fixture.guardians.b.id,
      studentId: world.fixture.students.ana, portalAccess: 1,
    });
    const rule = (await create({
      targetKind: 'food_service_account', foodServiceAccountId: money.food.ana,
      frequency: 'monthly', startDate: '2025-09-30', amountCents: 1000,
    })).json();
    const other = await signedInAs(world, 'b');
    const otherCard = await addCard(world, other);
    const seen = (await getAs(world.app, other, '/api/v1/recurring-payments')).json().recurringPayments;
    assert.equal(seen[0].createdByMe, false);
    const edit = await writeAs(world.app, other, 'PATCH', `/api/v1/recurring-payments/${rule.id}`, { amountCents: 1500 });
    assert.equal(edit.statusCode, 200, edit.body);
    assert.equal(edit.json().amountCents, 1500);
    const foreignCard = await writeAs(world.app, other, 'PATCH', `/api/v1/recurring-payments/${rule.id}`, { paymentMethodId: card });
    assert.equal(foreignCard.statusCode, 404);
    const ownCard = await writeAs(world.app, other, 'PATCH', `/api/v1/recurring-payments/${rule.id}`, { paymentMethodId: otherCard });
    assert.equal(ownCard.statusCode, 200);
    const refused = await writeAs(world.app, other, 'DELETE', `/api/v1/recurring-payments/${rule.id}`);
    assert.equal(refused.statusCode, 403);
    assert.equal(refused.json().code, 'only_creator_can_delete');
    const deleted = await writeAs(world.app, cookie, 'DELETE', `/api/v1/recurring-payments/${rule.id}`);
    assert.equal(deleted.statusCode, 204);
    const left = (await getAs(world.app, cookie, '/api/v1/recurring-payments')).json().recurringPayments;
    assert.equal(left.length, 0);
  });

  test('a payment left pending by a crash is settled by the job, charged once', async () => {
    const sandbox = new SandboxProcessor();
    // A process that dies after the reservation: its charge never answers.
    const crashed: PaymentProcessor = {
      name: 'sandbox',
      tokenizeCard: (card, today) => sandbox.tokenizeCard(card, today),
      tokenizeBank: (bank) => sandbox.tokenizeBank(bank),
      charge: () => new Promise(() => undefined),
    };
    const account = await world.db.selectFrom('account').select(['id', 'guardianId'])
      .where('guardianId', '=', world.fixture.guardians.a.id).executeTakeFirstOrThrow();
    void pay(
      { db: world.db, processor: crashed, mailer, now: world.clock.now(), push: false },
      {
        districtId: world.fixture.districtId, accountId: account.id, guardianId: account.guardianId,
        paymentMethodId: card, receiptEmail: 'lucia@example.org', source: 'checkout',
        recurringPaymentId: null, runDate: null,
        price: async () => [{
          kind: 'fee', studentId: world.fixture.students.ana, feeId: money.fees.anaLab,
          foodServiceAccountId: null, optionalPaymentId: null, quantity: 1,
          description: 'Lab', amountCents: 1234,
        }],
      },
    );
    for (let i = 0; i < 100 && !(await world.db.selectFrom('payment').select('id').executeTakeFirst()); i++) {
      await new Promise((resolve) => setTimeout(resolve, 20));
    }
    // Held while pending: nobody else can pay it meanwhile.
    const meanwhile = await checkout(world, cookie, {
      paymentMethodId: card, lines: [{ kind: 'fee', feeId: money.fees.anaLab, amountCents: 1 }],
    });
    assert.equal(meanwhile.statusCode, 409, meanwhile.body);

    await runJobAt(new Date(world.clock.now().getTime() + 5 * 60 * 1000));
    assert.equal((await world.db.selectFrom('payment').select('status').executeTakeFirstOrThrow()).status, 'pending');
    const counts = await runJobAt(new Date(world.clock.now().getTime() + 11 * 60 * 1000));
    assert.equal(counts.settled, 1);
    const payments = await world.db.selectFrom('payment').select(['status', 'amountCents']).execute();
    assert.deepEqual(payments, [{ status: 'succeeded', amountCents: 1234 }]);
    const fee = (await getAs(world.app, cookie, `/api/v1/fees/${money.fees.anaLab}`)).json();
    assert.equal(fee.status, 'paid');
    assert.equal(mailer.sent.length, 1);
  });

  test('a recurring payment on a student with no enrollment from today on says so', async () => {
    await laterAt(morningOf('2026-06-10'));
    card = await addCard(world, cookie);
    const rule = await create({
      targetKind: 'food_service_account', foodServiceAccountId: money.food.ana,
      frequency: 'weekly', startDate: '2026-06-15', amountCents: 1000,
    });
    assert.equal(rule.statusCode, 201, rule.body);
    assert.equal(rule.json().enrollmentEnded, true);
    await laterAt(morningOf('2025-09-20'));
    const earlier = (await getAs(world.app, cookie, '/api/v1/recurring-payments')).json();
    assert.equal(earlier.recurringPayments[0].enrollmentEnded, false);
  });
});
