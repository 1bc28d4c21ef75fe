import assert from 'node:assert/strict';
import { randomUUID } from 'node:crypto';
import { afterEach, beforeEach, describe, test } from 'node:test';
import { MemoryMailer } from '../../server/mail/mailer.ts';
import { buildApp } from '../../server/app.ts';
import { jobs } from '../../server/jobs/run.ts';
import type { PaymentProcessor } from '../../server/money/processor.ts';
import { SandboxProcessor } from '../../server/money/sandbox-processor.ts';
import {
  buildTestWorld,
  closeTestWorld,
  getAs,
  signedInAs,
  type TestWorld,
} from './helpers/app.ts';
import { addCard, cards, checkout, moneyFixture } from './helpers/money.ts';

describe('checkout', () => {
  let world: TestWorld;
  let mailer: MemoryMailer;
  let money: Awaited<ReturnType<typeof moneyFixture>>;
  let cookie: string;

  beforeEach(async () => {
    world = await buildTestWorld();
    await world.app.close();
    mailer = new MemoryMailer();
    world.app = await buildApp({ db: world.db, secureCookies: false, now: world.clock.now, mailer });
    money = await moneyFixture(world);
    cookie = await signedInAs(world, 'a');
  });
  afterEach(() => closeTestWorld(world));

  test('a cart of a partial fee, a food deposit and a yearbook: one payment, one receipt', async () => {
    const card = await addCard(world, cookie);
    const response = await checkout(world, cookie, {
      paymentMethodId: card,
      lines: [
        { kind: 'fee', feeId: money.fees.anaLaptop, amountCents: 1999 },
        { kind: 'food_deposit', foodServiceAccountId: money.food.ben, amountCents: 2500 },
        {
          kind: 'optional_payment',
          optionalPaymentId: money.yearbook,
          studentId: world.fixture.students.ana,
          quantity: 1,
        },
      ],
    });
    assert.equal(response.statusCode, 201, response.body);
    const payment = response.json();
    assert.equal(payment.status, 'succeeded');
    assert.equal(payment.amountCents, 1999 + 2500 + 3500);
    assert.equal(payment.lines.length, 3);
    assert.match(payment.receipt.number, /^R-\d{6}$/);
    assert.equal(payment.paymentMethod.lastFour, '4242');

    const fee = (await getAs(world.app, cookie, `/api/v1/fees/${money.fees.anaLaptop}`)).json();
    assert.equal(fee.paidCents, 1999);
    assert.equal(fee.balanceCents, 3001);
    assert.equal(fee.status, 'unpaid');
    assert.deepEqual(fee.payments.map((p: { amountCents: number }) => p.amountCents), [1999]);

    const food = (await getAs(world.app, cookie, '/api/v1/food-service-accounts')).json();
    const ben = food.foodServiceAccounts.find((a: { id: number }) => a.id === money.food.ben);
    assert.equal(ben.balanceCents, 2500);

    const offers = (await getAs(world.app, cookie, '/api/v1/optional-payments')).json();
    const yearbook = offers.optionalPayments.find(
      (o: { id: number; studentId: number }) =>
        o.id === money.yearbook && o.studentId === world.fixture.students.ana,
    );
    assert.equal(yearbook.purchasedQuantity, 1);

    assert.equal(mailer.sent.length, 1);
    assert.equal(mailer.sent[0]?.to, 'lucia@example.org');
    assert.match(mailer.sent[0]?.text ?? '', /\$79\.99/);
    assert.doesNotMatch(mailer.sent[0]?.text ?? '', /4242424242424242/);

    const bell = (await getAs(world.app, cookie, '/api/v1/notifications')).json();
    assert.equal(bell.notifications[0].kind, 'payment_succeeded');

    const history = (await getAs(world.app, cookie, '/api/v1/payments')).json();
    assert.equal(history.payments.length, 1);
    assert.equal(history.payments[0].receipt.email, 'lucia@example.org');
  });

  test('the receipt email is in the guardian\'s communication language', async () => {
    await world.db.updateTable('account').set({ communicationLanguage: 'es' }).execute();
    const card = await addCard(world, cookie);
    const response = await checkout(world, cookie, {
      paymentMethodId: card,
      lines: [{ kind: 'fee', feeId: money.fees.anaLab, amountCents: 1234 }],
    });
    assert.equal(response.statusCode, 201, response.body);
    assert.match(mailer.sent[0]?.subject ?? '', /recibo de pago/);
  });

  test('declined and insufficient funds: 402 with the reason, nothing paid, a notification', async () => {
    for (const [number, code] of [
      [cards.declined, 'payment_declined'],
      [cards.insufficientFunds, 'insufficient_funds'],
    ] as const) {
      const card = await addCard(world, cookie, number);
      const response = await checkout(world, cookie, {
        paymentMethodId: card,
        lines: [{ kind: 'fee', feeId: money.fees.anaLab, amountCents: 1234 }],
      });
      assert.equal(response.statusCode, 402, response.body);
      assert.equal(response.json().code, code);
    }
    const fee = (await getAs(world.app, cookie, `/api/v1/fees/${money.fees.anaLab}`)).json();
    assert.equal(fee.balanceCents, 1234);
    const history = (await getAs(world.app, cookie, '/api/v1/payments')).json();
    assert.deepEqual(history.payments.map((p: { status: string }) => p.status), ['declined', 'declined']);
    assert.equal(mailer.sent.length, 0);
    const bell = (await getAs(world.app, cookie, '/api/v1/notifications')).json();
    assert.equal(bell.notifications[0].kind, 'payment_failed');
    // The fee is free again: a good card pays it.
    const good = await addCard(world, cookie);
    const paid = await checkout(world, cookie, {
      paymentMethodId: good,
      lines: [{ kind: 'fee', feeId: money.fees.anaLab, amountCents: 1234 }],
    });
    assert.equal(paid.statusCode, 201, paid.body);
  });

  test('more than is owed is refused, and a paid fee cannot be paid again', async () => {
    const card = await addCard(world, cookie);
    const over = await checkout(world, cookie, {
      paymentMethodId: card,
      lines: [{ kind: 'fee', feeId: money.fees.anaLab, amountCents: 1235 }],
    });
    assert.equal(over.statusCode, 422);
    assert.equal(over.json().code, 'amount_more_than_owed');
    assert.equal(over.json().field, '/lines/0');

    const exact = await checkout(world, cookie, {
      paymentMethodId: card,
      lines: [{ kind: 'fee', feeId: money.fees.anaLab, amountCents: 1234 }],
    });
    assert.equal(exact.statusCode, 201);
    const again = await checkout(world, cookie, {
      paymentMethodId: card,
      lines: [{ kind: 'fee', feeId: money.fees.anaLab, amountCents: 1 }],
    });
    assert.equal(again.statusCode, 409);
    assert.equal(again.json().code, 'fee_already_paid');
    const paidFees = (await getAs(world.app, cookie, '/api/v1/fees?status=paid')).json();
    assert.deepEqual(paidFees.fees.map((f: { id: number }) => f.id), [money.fees.anaLab]);
  });

  test('a double submit with the same Idempotency-Key charges once', async () => {
    const card = await addCard(world, cookie);
    const key = randomUUID();
    const body = {
      paymentMethodId: card,
      lines: [{ kind: 'fee', feeId: money.fees.anaLaptop, amountCents: 5000 }],
    };
    const [first, second] = await Promise.all([
      checkout(world, cookie, body, key),
      checkout(world, cookie, body, key),
    ]);
    const third = await checkout(world, cookie, body, key);
    for (const response of [first, second, third]) assert.equal(response.statusCode, 201, response.body);
    assert.equal(first.json().id, second.json().id);
    assert.equal(first.json().id, third.json().id);
    assert.equal(third.headers['idempotent-replayed'], 'true');
    const payments = await world.db.selectFrom('payment').selectAll().execute();
    assert.equal(payments.length, 1);
    assert.equal(mailer.sent.length, 1);
  });

  test('a cart with the same fee twice is refused', async () => {
    const card = await addCard(world, cookie);
    const response = await checkout(world, cookie, {
      paymentMethodId: card,
      lines: [
        { kind: 'fee', feeId: money.fees.anaLaptop, amountCents: 100 },
        { kind: 'fee', feeId: money.fees.anaLaptop, amountCents: 100 },
      ],
    });
    assert.equal(response.statusCode, 400);
    assert.equal(response.json().code, 'cart_line_duplicate');
  });

  test('a processor that does not answer leaves the payment pending, holding the fee; the job settles it once', async () => {
    const sandbox = new SandboxProcessor();
    let charges = 0;
    // The first charge reaches the processor, which takes it, but the answer is lost.
    const lossy: PaymentProcessor = {
      name: 'sandbox',
      tokenizeCard: (card, today) => sandbox.tokenizeCard(card, today),
      tokenizeBank: (bank) => sandbox.tokenizeBank(bank),
      charge: async (request) => {
        charges += 1;
        const result = await sandbox.charge(request);
        if (charges === 1) throw new Error('socket hang up');
        return result;
      },
    };
    await world.app.close();
    world.app = await buildApp({
      db: world.db, secureCookies: false, now: world.clock.now, mailer, paymentProcessor: lossy,
    });
    const card = await addCard(world, cookie);
    const made = await checkout(world, cookie, {
      paymentMethodId: card, lines: [{ kind: 'fee', feeId: money.fees.anaLab, amountCents: 1234 }],
    });
    assert.equal(made.statusCode, 201, made.body);
    assert.equal(made.json().status, 'pending');
    assert.equal(mailer.sent.length, 0, 'no receipt before the charge is known');
    const again = await checkout(world, cookie, {
      paymentMethodId: card, lines: [{ kind: 'fee', feeId: money.fees.anaLab, amountCents: 1 }],
    });
    assert.equal(again.statusCode, 409, 'the pending payment holds what it pays for');

    const later = new Date(world.clock.now().getTime() + 11 * 60 * 1000);
    const counts = await jobs['recurring-payments'](world.db, later, { mailer, processor: lossy, push: false });
    assert.equal(counts.settled, 1);
    const payment = (await getAs(world.app, cookie, `/api/v1/payments/${made.json().id}`)).json();
    assert.equal(payment.status, 'succeeded');
    assert.equal(charges, 2, 'asked again with the same key: the processor answers its first charge');
    assert.equal(mailer.sent.length, 1);
  });
  test('a receipt the mail server refused is sent by the next jobs, once', async () => {
    let refusing = true;
    const flaky = new MemoryMailer();
    const send = flaky.send.bind(flaky);
    flaky.send = async (mail) => {
      if (refusing) throw new Error('421 try again later');
      await send(mail);
    };
    await world.app.close();
    world.app = await buildApp({ db: world.db, secureCookies: false, now: world.clock.now, mailer: flaky });
    const card = await addCard(world, cookie);
    const paid = await checkout(world, cookie, {
      paymentMethodId: card, lines: [{ kind: 'fee', feeId: money.fees.anaLab, amountCents: 500 }],
    });
    assert.equal(paid.statusCode, 201, paid.body);
    assert.equal(paid.json().status, 'succeeded', 'a mail server that is down does not undo a payment');
    assert.equal(flaky.sent.length, 0);

    const later = new Date(world.clock.now().getTime() + 5 * 60 * 1000);
    const stillDown = await jobs['recurring-payments'](world.db, later, { mailer: flaky, push: false });
    assert.equal(stillDown.receiptsResent, 0);
    refusing = false;
    for (let run = 0; run < 2; run++) {
      const counts = await jobs['recurring-payments'](world.db, later, { mailer: flaky, push: false });
      assert.equal(counts.receiptsResent, run === 0 ? 1 : 0);
    }
    assert.equal(flaky.sent.length, 1);
    assert.equal(flaky.sent[0]?.to, 'lucia@example.org');
    assert.match(flaky.sent[0]?.text ?? '', /\$5\.00/);
  });
});
