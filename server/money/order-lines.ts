import type { CheckoutLine } from '../../src/api/money.ts';
import type { OrderLineKind } from '../db/money-schema.ts';
import { ApiProblem } from '../http/errors.ts';
import { feeOwedCents, optionalQuantity } from './balances.ts';
import type { MoneyTrx } from './immediate.ts';

export interface PricedLine {
  kind: OrderLineKind;
  studentId: number;
  feeId: number | null;
  foodServiceAccountId: number | null;
  optionalPaymentId: number | null;
  quantity: number;
  description: string;
  amountCents: number;
}

/**
 * Checks each cart line against what is owed or offered now and prices it.
 * Runs inside the write transaction that then reserves the payment, so
 * what it checked cannot change before the reservation is written.
 */
export async function priceLines(
  trx: MoneyTrx,
  lines: CheckoutLine[],
  scope: { studentIds: number[]; today: string },
): Promise<PricedLine[]> {
  const seen = new Set<string>();
  const priced: PricedLine[] = [];
  for (const [index, line] of lines.entries()) {
    const key =
      line.kind === 'fee'
        ? `fee:${line.feeId}`
        : line.kind === 'food_deposit'
          ? `food:${line.foodServiceAccountId}`
          : `optional:${line.optionalPaymentId}:${line.studentId}`;
    if (seen.has(key)) {
      throw new ApiProblem(
        400,
        'cart_line_duplicate',
        'The same item is in the cart twice; pay it in one line.',
        `/lines/${index}`,
      );
    }
    seen.add(key);
    priced.push(await priceLine(trx, line, index, scope));
  }
  return priced;
}

async function priceLine(
  trx: MoneyTrx,
  line: CheckoutLine,
  index: number,
  scope: { studentIds: number[]; today: string },
): Promise<PricedLine> {
  const field = `/lines/${index}`;
  const none = { feeId: null, foodServiceAccountId: null, optionalPaymentId: null };
  if (line.kind === 'fee') {
    const fee = await trx
      .selectFrom('fee')
      .selectAll()
      .where('id', '=', line.feeId)
      .where('studentId', 'in', scope.studentIds.length ? scope.studentIds : [0])
      .executeTakeFirst();
    if (!fee) throw new ApiProblem(404, 'not_found', 'No such fee.', field);
    const owed = await feeOwedCents(trx, fee);
    if (owed === 0) {
      throw new ApiProblem(409, 'fee_already_paid', 'This fee is already paid.', field);
    }
    if (line.amountCents > owed) {
      throw new ApiProblem(
        422,
        'amount_more_than_owed',
        `This payment is more than the ${owed} cents still owed on the fee.`,
        field,
      );
    }
    return {
      ...none,
      kind: 'fee',
      studentId: fee.studentId,
      feeId: fee.id,
      quantity: 1,
      description: `${fee.type}: ${fee.description}`,
      amountCents: line.amountCents,
    };
  }
  if (line.kind === 'food_deposit') {
    const account = await trx
      .selectFrom('foodServiceAccount')
      .select(['id', 'studentId'])
      .where('id', '=', line.foodServiceAccountId)
      .where('studentId', 'in', scope.studentIds.length ? scope.studentIds : [0])
      .executeTakeFirst();
    if (!account) throw new ApiProblem(404, 'not_found', 'No such food service account.', field);
    return {
      ...none,
      kind: 'food_deposit',
      studentId: account.studentId,
      foodServiceAccountId: account.id,
      quantity: 1,
      description: 'Food service deposit',
      amountCents: line.amountCents,
    };
  }
  const offer = await offeredTo(trx, line.optionalPaymentId, line.studentId, scope.studentIds);
  if (!offer) throw new ApiProblem(404, 'not_found', 'No such optional payment.', field);
  const bought = await optionalQuantity(trx, offer.id, line.studentId);
  const open = offer.availableUntil === null || offer.availableUntil >= scope.today;
  if (!open || bought + line.quantity > offer.maxQuantity) {
    throw new ApiProblem(
      422,
      'optional_payment_unavailable',
      open
        ? `At most ${offer.maxQuantity} per student (${bought} already bought).`
        : 'This optional payment is no longer offered.',
      field,
    );
  }
  return {
    ...none,
    kind: 'optional_payment',
    studentId: line.studentId,
    optionalPaymentId: offer.id,
    quantity: line.quantity,
    description: offer.name,
    amountCents: offer.amountCents * line.quantity,
  };
}

/** An optional payment offered at a school where the student is enrolled that year. */
export async function offeredTo(
  trx: MoneyTrx,
  optionalPaymentId: number,
  studentId: number,
  studentIds: number[],
) {
  if (!studentIds.includes(studentId)) return undefined;
  return trx
    .selectFrom('optionalPayment as o')
    .selectAll('o')
    .where('o.id', '=', optionalPaymentId)
    .where((eb) =>
      eb.exists(
        eb
          .selectFrom('enrollment as e')
          .select('e.id')
          .where('e.studentId', '=', studentId)
          .whereRef('e.schoolYearId', '=', 'o.schoolYearId')
          .where((inner) =>
            inner.or([
              inner('o.schoolId', 'is', null),
              inner('e.schoolId', '=', inner.ref('o.schoolId')),
            ]),
          ),
      ),
    )
    .executeTakeFirst();
}
