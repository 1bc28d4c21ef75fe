import type { Transaction } from 'kysely';
import type { Database } from '../db/schema.ts';
import { compare, instantOf, isWeekday, todayIn, type Day } from './dates.ts';

type Trx = Transaction<Database>;

/**
 * Money for the demo's families: each child has fees (one paid online,
 * one partly paid, one due, one optional), a food service account with
 * deposits and three weeks of lunches (one child under the $5.00 alert
 * line), and each school offers a yearbook, a field trip, a school store
 * item and an activity registration. Each demo guardian has a sandbox
 * Visa ending 4242 that paid the paid fees. Deterministic from `now`.
 */
export async function addDemoMoney(
  trx: Trx,
  districtId: number,
  guardianIds: readonly number[],
  now: Date,
): Promise<void> {
  const district = await trx
    .selectFrom('district')
    .select('timeZone')
    .where('id', '=', districtId)
    .executeTakeFirstOrThrow();
  const today = todayIn(now, district.timeZone);
  const years = await trx
    .selectFrom('schoolYear')
    .selectAll()
    .where('districtId', '=', districtId)
    .orderBy('startDate', 'desc')
    .execute();
  const year = years.find((y) => y.startDate <= String(today)) ?? years.at(-1);
  if (!year) return;
  const at = (day: Day, time: string) => instantOf(day, time, district.timeZone);
  const firstDay = today.subtract({ days: 40 });

  const accounts = await trx
    .selectFrom('account')
    .select(['id', 'guardianId', 'email'])
    .where('guardianId', 'in', [...guardianIds])
    .execute();
  const methodOf = new Map<number, { id: number; accountId: number; email: string }>();
  for (const account of accounts) {
    const method = await trx
      .insertInto('paymentMethod')
      .values({
        accountId: account.id,
        processor: 'sandbox',
        token: `tok_sandbox_ok_${today.year + 3}12_${(0xdec0 + account.id).toString(16)}`,
        kind: 'card',
        brand: 'visa',
        lastFour: '4242',
        expiryMonth: 12,
        expiryYear: today.year + 3,
        accountType: null,
        nickname: 'Family Visa',
        createdAt: at(firstDay, '19:00'),
        removedAt: null,
      })
      .returning('id')
      .executeTakeFirstOrThrow();
    const payer = { id: method.id, accountId: account.id, email: account.email };
    methodOf.set(account.guardianId, payer);
  }

  const children = await trx
    .selectFrom('guardianStudent as gs')
    .innerJoin('enrollment as e', 'e.studentId', 'gs.studentId')
    .select(['gs.studentId', 'gs.guardianId', 'e.schoolId'])
    .distinct()
    .where('gs.guardianId', 'in', [...guardianIds])
    .where('e.schoolYearId', '=', year.id)
    .orderBy('gs.studentId')
    .execute();
  const seen = new Set<number>();
  for (const [index, child] of children.entries()) {
    if (seen.has(child.studentId)) continue;
    seen.add(child.studentId);
    const payer = methodOf.get(child.guardianId);
    const { studentId } = child;
    await addFees(trx, { districtId, yearId: year.id, studentId, index, payer, today, at });
    await addFood(trx, { districtId, studentId: child.studentId, index, today, at, firstDay });
  }

  const schools = [...new Set(children.map((c) => c.schoolId))];
  const until = String(today.add({ days: 60 }));
  for (const schoolId of schools) {
    const offer = (kind: Offer['kind'], name: string, amountCents: number, max = 1) => ({
      districtId, schoolId, schoolYearId: year.id, kind, name, description: '', amountCents,
      availableUntil: kind === 'yearbook' ? year.endDate : until, maxQuantity: max,
      createdAt: at(firstDay, '08:00'),
    });
    await trx
      .insertInto('optionalPayment')
      .values([
        offer('yearbook', `Yearbook ${year.name}`, 4500, 2),
        offer('field_trip', 'Field trip: science museum', 1800),
        offer('school_store', 'School store: spirit T-shirt', 1500, 3),
        offer('activity_registration', 'After-school robotics club', 6000),
      ])
      .execute();
  }
}

type Offer = { kind: 'yearbook' | 'field_trip' | 'school_store' | 'activity_registration' };

interface FeeContext {
  districtId: number;
  yearId: number;
  studentId: number;
  index: number;
  payer: { id: number; accountId: number; email: string } | undefined;
  today: Day;
  at: (day: Day, time: string) => string;
}

async function addFees(trx: Trx, c: FeeContext) {
  const fee = async (
    type: string,
    description: string,
    amountCents: number,
    dueIn: number,
    optional = false,
  ) => {
    const row = await trx
      .insertInto('fee')
      .values({
        districtId: c.districtId, studentId: c.studentId, schoolYearId: c.yearId, type, description,
        amountCents, dueDate: String(c.today.add({ days: dueIn })), optional: optional ? 1 : 0,
        assignedAt: c.at(c.today.subtract({ days: 45 }), '07:00'),
      })
      .returning('id')
      .executeTakeFirstOrThrow();
    return { id: row.id, description: `${type}: ${description}` };
  };
  const activity = await fee('Activity', 'Student activity fee', 2500, -20);
  const lab = await fee('Lab', 'Science lab materials', 1850 + 100 * c.index, 10);
  await fee('Technology', 'Chromebook fee', 4500, 25);
  await fee('Athletics', 'Spirit wear (optional)', 2000, 30, true);
  if (!c.payer) return;
  await paidOnline(trx, c, [{ ...activity, amountCents: 2500 }], c.today.subtract({ days: 21 }));
  await paidOnline(trx, c, [{ ...lab, amountCents: 1000 }], c.today.subtract({ days: 6 }));
}

async function paidOnline(
  trx: Trx,
  c: FeeContext,
  lines: Array<{ id: number; description: string; amountCents: number }>,
  day: Day,
) {
  if (!c.payer) return;
  const createdAt = c.at(day, '20:15');
  const total = lines.reduce((sum, line) => sum + line.amountCents, 0);
  const payer = await trx
    .selectFrom('account')
    .select('guardianId')
    .where('id', '=', c.payer.accountId)
    .executeTakeFirstOrThrow();
  const order = await trx
    .insertInto('order')
    .values({
      districtId: c.districtId, accountId: c.payer.accountId, guardianId: payer.guardianId,
      source: 'checkout', recurringPaymentId: null, totalCents: total, receiptEmail: c.payer.email,
      createdAt,
    })
    .returning('id')
    .executeTakeFirstOrThrow();
  await trx
    .insertInto('orderLine')
    .values(lines.map((line) => ({
      orderId: order.id, kind: 'fee' as const, studentId: c.studentId, feeId: line.id,
      foodServiceAccountId: null, optionalPaymentId: null, quantity: 1,
      description: line.description, amountCents: line.amountCents,
    })))
    .execute();
  const payment = await trx
    .insertInto('payment')
    .values({
      orderId: order.id, paymentMethodId: c.payer.id, amountCents: total, status: 'succeeded',
      processorKey: `demo-order-${order.id}`, processorChargeId: `ch_sandbox_demo${order.id}`,
      failureCode: null, createdAt, updatedAt: createdAt,
    })
    .returning('id')
    .executeTakeFirstOrThrow();
  await trx
    .insertInto('receipt')
    .values({
      paymentId: payment.id, number: `R-${String(payment.id).padStart(6, '0')}`,
      email: c.payer.email, issuedAt: createdAt,
    })
    .execute();
  await trx
    .insertInto('ledgerEntry')
    .values(lines.map((line) => ({
      districtId: c.districtId, studentId: c.studentId, kind: 'fee_payment' as const,
      feeId: line.id, foodServiceAccountId: null, optionalPaymentId: null, paymentId: payment.id,
      amountCents: line.amountCents, description: line.description, at: createdAt,
    })))
    .execute();
}

async function addFood(
  trx: Trx,
  c: Omit<FeeContext, 'yearId' | 'payer'> & { firstDay: Day },
) {
  const account = await trx
    .insertInto('foodServiceAccount')
    .values({
      districtId: c.districtId,
      studentId: c.studentId,
      createdAt: c.at(c.firstDay, '07:00'),
    })
    .returning('id')
    .executeTakeFirstOrThrow();
  type Kind = 'food_deposit' | 'food_purchase';
  const entry = (day: Day, time: string, kind: Kind, amountCents: number, description: string) => ({
    districtId: c.districtId, studentId: c.studentId, kind, feeId: null,
    foodServiceAccountId: account.id, optionalPaymentId: null, paymentId: null,
    amountCents, description, at: c.at(day, time),
  });
  // The second child got a smaller deposit: three weeks on, under the $5.00 alert line.
  const deposit = c.index === 1 ? 6000 : 8000;
  const firstLunch = c.today.subtract({ days: 21 });
  const rows = [entry(firstLunch, '07:30', 'food_deposit', deposit, 'Deposit at the office')];
  for (let day = firstLunch; compare(day, c.today) < 0; day = day.add({ days: 1 })) {
    if (!isWeekday(day)) continue;
    rows.push(entry(day, '11:45', 'food_purchase', -325, 'Lunch'));
    if ((day.day + c.index) % 3 === 0) {
      rows.push(entry(day, '07:50', 'food_purchase', -175, 'Breakfast'));
    }
  }
  await trx.insertInto('ledgerEntry').values(rows).execute();
}
