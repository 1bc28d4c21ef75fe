import type { Payment } from '../../src/api/money.ts';
import type { CommunicationLanguage } from '../db/schema.ts';
import type { Mail } from '../mail/mailer.ts';
import { formatCents } from './cents.ts';

interface Words {
  subject: (district: string, number: string) => string;
  intro: string;
  total: string;
  method: string;
  bank: string;
  receipt: string;
  date: string;
}

const words: Record<CommunicationLanguage, Words> = {
  en: {
    subject: (district, number) => `${district}: payment receipt ${number}`,
    intro: 'Thank you. We received your payment:',
    total: 'Total',
    method: 'Paid with',
    bank: 'bank account',
    receipt: 'Receipt',
    date: 'Date',
  },
  es: {
    subject: (district, number) => `${district}: recibo de pago ${number}`,
    intro: 'Gracias. Hemos recibido su pago:',
    total: 'Total',
    method: 'Pagado con',
    bank: 'cuenta bancaria',
    receipt: 'Recibo',
    date: 'Fecha',
  },
  pl: {
    subject: (district, number) => `${district}: potwierdzenie płatności ${number}`,
    intro: 'Dziękujemy. Otrzymaliśmy Twoją płatność:',
    total: 'Razem',
    method: 'Zapłacono',
    bank: 'konto bankowe',
    receipt: 'Pokwitowanie',
    date: 'Data',
  },
  ru: {
    subject: (district, number) => `${district}: квитанция об оплате ${number}`,
    intro: 'Спасибо. Ваш платёж получен:',
    total: 'Итого',
    method: 'Оплачено',
    bank: 'банковский счёт',
    receipt: 'Квитанция',
    date: 'Дата',
  },
};

/**
 * The one receipt email of a payment, in the guardian's communication
 * language. Only the last four digits of the method appear.
 */
export function receiptEmail(
  payment: Payment,
  district: { name: string; timeZone: string },
  language: CommunicationLanguage,
): Mail | null {
  if (!payment.receipt) return null;
  const w = words[language];
  const money = (cents: number) => formatCents(cents, language);
  const method = payment.paymentMethod;
  const paidWith =
    method.kind === 'card'
      ? `${(method.brand ?? 'card').toUpperCase()} •••• ${method.lastFour}`
      : `${w.bank} •••• ${method.lastFour}`;
  const date = new Intl.DateTimeFormat(language, {
    dateStyle: 'long',
    timeZone: district.timeZone,
  }).format(new Date(payment.receipt.issuedAt));
  const text = [
    w.intro,
    '',
    ...payment.lines.map((line) => {
      const quantity = line.quantity > 1 ? ` × ${line.quantity}` : '';
      return `${line.description}${quantity}: ${money(line.amountCents)}`;
    }),
    '',
    `${w.total}: ${money(payment.amountCents)}`,
    `${w.method}: ${paidWith}`,
    `${w.receipt}: ${payment.receipt.number}`,
    `${w.date}: ${date}`,
    '',
    district.name,
  ].join('\n');
  const subject = w.subject(district.name, payment.receipt.number);
  return { to: payment.receipt.email, subject, text };
}
