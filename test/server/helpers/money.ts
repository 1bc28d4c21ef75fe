import { assignFee } from '../../../server/money/assign-fee.ts';
import { ensureFoodAccount, recordFoodEntry } from '../../../server/money/food-purchase.ts';
import type { TestWorld } from './app.ts';
import { writeAs } from './writes.ts';

/** Sandbox test cards (see server/money/sandbox-processor.ts). */
export const cards = {
  visa: '4242424242424242',
  declined: '4000000000000002',
  insufficientFunds: '4000000000009995',
} as const;
export const securityCode = '123';

/** Fees, food accounts and an optional payment on the fixture's students. */
export async function moneyFixture(world: TestWorld) {
  const { db, fixture, clock } = world;
  const { ana, ben, cleo } = fixture.students;
  const fee = (studentId: number, description: string, amountCents: number, optional = false) =>
    assignFee(
      db,
      {
        studentId,
        schoolYearId: fixture.schoolYear,
        type: optional ? 'Activity' : 'Technology',
        description,
        amountCents,
        dueDate: '2025-10-01',
        optional,
      },
      clock.now(),
    );
  const fees = {
    anaLaptop: await fee(ana, 'Laptop fee', 5000),
    anaLab: await fee(ana, 'Science lab', 1234),
    benTrip: await fee(ben, 'Zoo trip', 999, true),
    cleoLaptop: await fee(cleo, 'Laptop fee', 5000),
  };
  const food = {
    ana: await ensureFoodAccount(db, ana, clock.now()),
    ben: await ensureFoodAccount(db, ben, clock.now()),
    cleo: await ensureFoodAccount(db, cleo, clock.now()),
  };
  await recordFoodEntry(
    db,
    { studentId: ana, amountCents: 2000, description: 'Opening balance', at: clock.now(), kind: 'food_deposit' },
    { push: false },
  );
  const yearbook = await db
    .insertInto('optionalPayment')
    .values({
      districtId: fixture.districtId,
      schoolId: null,
      schoolYearId: fixture.schoolYear,
      kind: 'yearbook',
      name: 'Yearbook 2025-2026',
      amountCents: 3500,
      availableUntil: '2026-05-01',
      maxQuantity: 2,
      createdAt: clock.now().toISOString(),
    })
    .executeTakeFirstOrThrow();
  return { fees, food, yearbook: Number(yearbook.insertId) };
}

/** Adds a card through the API (the processor tokenizes it); answers its id. */
export async function addCard(world: TestWorld, cookie: string, cardNumber: string = cards.visa) {
  const response = await writeAs(world.app, cookie, 'POST', '/api/v1/payment-methods', {
    kind: 'card',
    cardNumber,
    expiryMonth: 12,
    expiryYear: 2030,
    securityCode,
    nickname: 'Everyday card',
  });
  if (response.statusCode !== 201) throw new Error(response.body);
  return response.json<{ id: number }>().id;
}

export function checkout(
  world: Pick<TestWorld, 'app'>,
  cookie: string,
  body: { paymentMethodId: number; lines: unknown[]; receiptEmail?: string },
  key?: string,
) {
  return writeAs(
    world.app,
    cookie,
    'POST',
    '/api/v1/checkout',
    { receiptEmail: 'lucia@example.org', ...body },
    key,
  );
}
