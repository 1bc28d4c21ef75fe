import type { RecurringPayment, RecurringPaymentUpdate } from '../../api/money.ts';

/**
 * A recurring payment as the guardian just edited it, while the edit waits
 * in the outbox: the list shows the new amount, frequency and dates at
 * once, not the record from before until the server answers. The next
 * payments are the server's plan: kept while only the amount changes (a
 * lunch top-up's runs pay that amount), left out when the dates change,
 * until the server plans them again.
 */
export function withWaitingEdit(
  payment: RecurringPayment,
  edit: RecurringPaymentUpdate,
): RecurringPayment {
  const edited: RecurringPayment = {
    ...payment,
    ...(edit.frequency !== undefined ? { frequency: edit.frequency } : {}),
    ...(edit.startDate !== undefined ? { startDate: edit.startDate } : {}),
    ...(edit.endDate !== undefined ? { endDate: edit.endDate } : {}),
    // A fee's installments are the server's to work out.
    ...(edit.amountCents !== undefined && payment.targetKind === 'food_service_account'
      ? { amountCents: edit.amountCents }
      : {}),
    ...(edit.lowBalanceCents !== undefined ? { lowBalanceCents: edit.lowBalanceCents } : {}),
    ...(edit.paymentMethodId !== undefined ? { paymentMethodId: edit.paymentMethodId } : {}),
    ...(edit.receiptEmail !== undefined ? { receiptEmail: edit.receiptEmail } : {}),
  };
  const datesChanged =
    edited.frequency !== payment.frequency ||
    edited.startDate !== payment.startDate ||
    edited.endDate !== payment.endDate;
  edited.upcoming = datesChanged
    ? []
    : payment.targetKind === 'food_service_account'
      ? payment.upcoming.map((run) => ({ ...run, amountCents: edited.amountCents }))
      : payment.upcoming;
  return edited;
}
