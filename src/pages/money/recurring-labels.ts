import type { SessionResponse } from '../../api/account.ts';
import type { Fee, FoodServiceAccount, RecurringPayment } from '../../api/money.ts';
import { t } from '../../i18n/i18n.ts';
import { formatMoney } from './money-format.ts';
import { studentLabel } from './money-labels.ts';

/** What a recurring payment pays for: the fee's name or the student's lunch account. */
export function targetLabel(
  session: SessionResponse | undefined,
  target: { feeId?: number | null; foodServiceAccountId?: number | null; studentId?: number },
  fees: Map<number, Fee>,
  accounts: readonly FoodServiceAccount[],
): string {
  if (target.feeId) {
    const fee = fees.get(target.feeId);
    const student = studentLabel(session, fee?.studentId ?? target.studentId ?? 0);
    return fee ? `${fee.description} · ${student}` : t('money:recurring.unknownFee');
  }
  const account = accounts.find((a) => a.id === target.foodServiceAccountId);
  return t('money:recurring.foodFor', {
    name: studentLabel(session, account?.studentId ?? target.studentId ?? 0),
  });
}

/** "$20.00 monthly" or "$20.00 when the balance falls below $5.00". */
export function scheduleLabel(
  payment: Pick<RecurringPayment, 'frequency' | 'amountCents' | 'lowBalanceCents'>,
): string {
  const amount = formatMoney(payment.amountCents);
  if (payment.frequency === 'low_balance') {
    return t('money:recurring.lowBalanceRun', {
      amount,
      threshold: formatMoney(payment.lowBalanceCents ?? 0),
    });
  }
  return t('money:recurring.run', { amount, frequency: t(`money:frequency.${payment.frequency}`) });
}
