import type { CommunicationLanguage } from '../db/schema.ts';
import { formatCents } from './cents.ts';

export type MoneyNotificationKind =
  | 'payment_succeeded'
  | 'payment_failed'
  | 'recurring_payment_run'
  | 'low_food_balance';

type Params = Record<string, string | number | null>;

interface Words {
  paid: string;
  failed: string;
  recurring: string;
  low: (student: string) => string;
  paidBody: (amount: string, receipt: string) => string;
  failedBody: (amount: string) => string;
  lowBody: (balance: string, threshold: string) => string;
}

const words: Record<CommunicationLanguage, Words> = {
  en: {
    paid: 'Payment made',
    failed: 'Payment failed',
    recurring: 'Recurring payment',
    low: (student) => `Low food service balance for ${student}`,
    paidBody: (amount, receipt) => `${amount} paid. Receipt ${receipt}.`,
    failedBody: (amount) => `Your payment of ${amount} did not go through.`,
    lowBody: (balance, threshold) => `Balance ${balance}, below ${threshold}.`,
  },
  es: {
    paid: 'Pago realizado',
    failed: 'Pago fallido',
    recurring: 'Pago recurrente',
    low: (student) => `Saldo bajo de comedor de ${student}`,
    paidBody: (amount, receipt) => `${amount} pagado. Recibo ${receipt}.`,
    failedBody: (amount) => `Su pago de ${amount} no se completó.`,
    lowBody: (balance, threshold) => `Saldo ${balance}, menos de ${threshold}.`,
  },
  pl: {
    paid: 'Płatność wykonana',
    failed: 'Płatność nieudana',
    recurring: 'Płatność cykliczna',
    low: (student) => `Niskie saldo konta stołówki: ${student}`,
    paidBody: (amount, receipt) => `Zapłacono ${amount}. Pokwitowanie ${receipt}.`,
    failedBody: (amount) => `Płatność ${amount} nie została zrealizowana.`,
    lowBody: (balance, threshold) => `Saldo ${balance}, poniżej ${threshold}.`,
  },
  ru: {
    paid: 'Платёж выполнен',
    failed: 'Платёж не прошёл',
    recurring: 'Регулярный платёж',
    low: (student) => `Низкий баланс счёта питания: ${student}`,
    paidBody: (amount, receipt) => `Оплачено ${amount}. Квитанция ${receipt}.`,
    failedBody: (amount) => `Платёж на сумму ${amount} не прошёл.`,
    lowBody: (balance, threshold) => `Баланс ${balance}, ниже ${threshold}.`,
  },
};

/**
 * Money notifications in the guardian's communication language. Params:
 * amountCents, receipt (number), status (of a recurring run), student,
 * balanceCents, thresholdCents.
 */
export function moneyNotificationText(
  kind: MoneyNotificationKind,
  params: Params,
  language: CommunicationLanguage,
): { title: string; body: string } {
  const w = words[language];
  const money = (name: string) => formatCents(Number(params[name] ?? 0), language);
  switch (kind) {
    case 'payment_succeeded':
      return {
        title: w.paid,
        body: w.paidBody(money('amountCents'), String(params.receipt ?? '')),
      };
    case 'payment_failed':
      return { title: w.failed, body: w.failedBody(money('amountCents')) };
    case 'recurring_payment_run':
      return {
        title: w.recurring,
        body:
          params.status === 'succeeded'
            ? w.paidBody(money('amountCents'), String(params.receipt ?? ''))
            : w.failedBody(money('amountCents')),
      };
    case 'low_food_balance':
      return {
        title: w.low(String(params.student ?? '')),
        body: w.lowBody(money('balanceCents'), money('thresholdCents')),
      };
  }
}
