import i18next from 'i18next';
import type { SessionResponse } from '../../api/account.ts';
import type { OrderLine, Payment, PaymentMethod } from '../../api/money.ts';
import { studentName } from '../../app/student-context.ts';
import type { OutboxFailure } from '../../data/outbox/outbox-entry.ts';
import { t } from '../../i18n/i18n.ts';

/** Labels the money pages share, in the person's language. */

/** "Visa ending in 4242 (Grandma's card)" or "Checking ending in 6789". */
export function methodLabel(
  method: Pick<PaymentMethod, 'kind' | 'brand' | 'lastFour' | 'nickname'> &
    Partial<Pick<PaymentMethod, 'accountType'>>,
): string {
  const what =
    method.kind === 'card'
      ? brandName(method.brand)
      : t(`money:methods.${method.accountType ?? 'bank'}`);
  const label = t('money:methods.ending', { what, lastFour: method.lastFour });
  return method.nickname ? `${method.nickname} · ${label}` : label;
}

function brandName(brand: string | null): string {
  const names: Record<string, string> = {
    visa: 'Visa',
    mastercard: 'Mastercard',
    amex: 'American Express',
    discover: 'Discover',
  };
  return (brand && names[brand]) ?? t('money:methods.card');
}

export function studentLabel(session: SessionResponse | undefined, studentId: number): string {
  const student = session?.students.find((s) => s.id === studentId);
  return student ? studentName(student) : '';
}

/**
 * A paid line naming its student, as a family with several children
 * needs ("Laptop fee for Leo Example"; a deposit is "Lunch money for Mimi
 * Example", not the server's English "Food service deposit"). A student
 * no longer on the account keeps the line's own description.
 */
export function lineLabel(
  session: SessionResponse | undefined,
  line: Pick<OrderLine, 'kind' | 'studentId' | 'description'>,
): string {
  const name = studentLabel(session, line.studentId);
  if (!name) return line.description;
  return line.kind === 'food_deposit'
    ? t('money:food.depositFor', { name })
    : t('money:receipt.lineFor', { what: line.description, name });
}

/** An error code (the server's or the device's) in the person's language. */
export function moneyError(code: string | undefined, status = 0): string {
  const key = code ?? 'unexpected';
  if (i18next.exists(`money:errors.${key}`)) return t(`money:errors.${key}`);
  if (i18next.exists(`errors:${key}`)) return t(`errors:${key}`);
  return t('money:errors.unknown', { status });
}

export function failureMessage(failure: OutboxFailure | undefined): string {
  return moneyError(failure?.code, failure?.status);
}

export function paymentStatus(status: Payment['status']): string {
  return t(`money:paymentStatus.${status}`);
}
