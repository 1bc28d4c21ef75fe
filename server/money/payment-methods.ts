import type { PaymentMethod, PaymentMethodCreate } from '../../src/api/money.ts';
import type { PortalDb } from '../db/database.ts';
import type { PaymentMethodTable } from '../db/money-schema.ts';
import type { Selectable } from 'kysely';
import { ApiProblem } from '../http/errors.ts';
import { isExpired } from './card-checks.ts';
import type { PaymentProcessor } from './processor.ts';

type Today = { year: number; month: number };

export function paymentMethodView(
  row: Selectable<PaymentMethodTable>,
  today: Today,
): PaymentMethod {
  return {
    id: row.id,
    kind: row.kind,
    brand: row.brand,
    lastFour: row.lastFour,
    expiryMonth: row.expiryMonth,
    expiryYear: row.expiryYear,
    accountType: row.accountType,
    nickname: row.nickname,
    expired:
      row.expiryMonth !== null &&
      row.expiryYear !== null &&
      isExpired({ month: row.expiryMonth, year: row.expiryYear }, today),
    createdAt: row.createdAt,
  };
}

export async function accountPaymentMethods(db: PortalDb, accountId: number, today: Today) {
  const rows = await db
    .selectFrom('paymentMethod')
    .selectAll()
    .where('accountId', '=', accountId)
    .where('removedAt', 'is', null)
    .orderBy('id')
    .execute();
  return rows.map((row) => paymentMethodView(row, today));
}

/**
 * Hands the details to the processor and keeps what it answers: the token,
 * brand, last four, expiry. The details themselves go no further than
 * this function's arguments (never stored, never logged).
 */
export async function addPaymentMethod(
  db: PortalDb,
  processor: PaymentProcessor,
  input: { accountId: number; details: PaymentMethodCreate; now: Date; today: Today },
): Promise<PaymentMethod> {
  const { details } = input;
  const tokenized =
    details.kind === 'card'
      ? await processor.tokenizeCard(details, input.today)
      : await processor.tokenizeBank(details);
  if (!tokenized.ok) {
    const field =
      tokenized.code === 'card_number_invalid'
        ? '/cardNumber'
        : tokenized.code === 'card_expiry_invalid'
          ? '/expiryYear'
          : tokenized.code === 'security_code_invalid'
            ? '/securityCode'
            : tokenized.code === 'routing_number_invalid'
              ? '/routingNumber'
              : '/accountNumber';
    throw new ApiProblem(422, tokenized.code, tokenized.message, field);
  }
  const row = await db
    .insertInto('paymentMethod')
    .values({
      accountId: input.accountId,
      processor: processor.name,
      token: tokenized.token,
      kind: tokenized.kind,
      brand: tokenized.brand,
      lastFour: tokenized.lastFour,
      expiryMonth: tokenized.expiryMonth,
      expiryYear: tokenized.expiryYear,
      accountType: tokenized.accountType,
      nickname: details.nickname?.trim() || null,
      createdAt: input.now.toISOString(),
      removedAt: null,
    })
    .returningAll()
    .executeTakeFirstOrThrow();
  return paymentMethodView(row, input.today);
}

async function ownMethod(db: PortalDb, accountId: number, id: number) {
  const row = await db
    .selectFrom('paymentMethod')
    .selectAll()
    .where('id', '=', id)
    .where('accountId', '=', accountId)
    .where('removedAt', 'is', null)
    .executeTakeFirst();
  if (!row) throw new ApiProblem(404, 'not_found', 'No such payment method.');
  return row;
}

export async function renamePaymentMethod(
  db: PortalDb,
  input: { accountId: number; id: number; nickname: string | null; today: Today },
): Promise<PaymentMethod> {
  const row = await ownMethod(db, input.accountId, input.id);
  const nickname = input.nickname?.trim() || null;
  await db.updateTable('paymentMethod').set({ nickname }).where('id', '=', row.id).execute();
  return paymentMethodView({ ...row, nickname }, input.today);
}

/**
 * Removed methods stay as rows (past payments name them) but cannot pay.
 * A method that an active recurring payment uses is kept until that
 * recurring payment is changed or deleted.
 */
export async function removePaymentMethod(
  db: PortalDb,
  input: { accountId: number; id: number; now: Date },
): Promise<void> {
  const row = await ownMethod(db, input.accountId, input.id);
  const used = await db
    .selectFrom('recurringPayment')
    .select('id')
    .where('paymentMethodId', '=', row.id)
    .where('endedAt', 'is', null)
    .executeTakeFirst();
  if (used) {
    throw new ApiProblem(
      409,
      'payment_method_in_use',
      'A recurring payment uses this payment method; change or delete it first.',
    );
  }
  await db
    .updateTable('paymentMethod')
    .set({ removedAt: input.now.toISOString() })
    .where('id', '=', row.id)
    .execute();
}
