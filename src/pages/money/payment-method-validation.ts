import type { PaymentMethodCreate } from '../../api/money.ts';

/**
 * The checks the device can make on card and bank details before they
 * are sent (the server's tokenizer checks again). Problems are keys in the
 * `money` namespace.
 */
export interface CardForm {
  kind: 'card';
  cardNumber: string;
  expiry: string;
  securityCode: string;
  nameOnCard: string;
  nickname: string;
}

export interface BankForm {
  kind: 'bank';
  routingNumber: string;
  accountNumber: string;
  accountType: 'checking' | 'savings';
  accountHolderName: string;
  nickname: string;
}

export type MethodForm = CardForm | BankForm;
export type MethodProblems = Partial<Record<string, string>>;

export const nicknameMaxLength = 40;

/** The Luhn checksum every card number carries. */
export function luhnValid(digits: string): boolean {
  let sum = 0;
  for (let i = 0; i < digits.length; i += 1) {
    let digit = Number(digits[digits.length - 1 - i]);
    if (i % 2 === 1) {
      digit *= 2;
      if (digit > 9) digit -= 9;
    }
    sum += digit;
  }
  return digits.length > 0 && sum % 10 === 0;
}

/** The ABA routing number's checksum (weights 3, 7, 1). */
export function routingValid(digits: string): boolean {
  if (!/^\d{9}$/.test(digits)) return false;
  const weights = [3, 7, 1, 3, 7, 1, 3, 7, 1];
  const sum = weights.reduce((total, weight, i) => total + weight * Number(digits[i]), 0);
  return sum % 10 === 0;
}

export function isAmex(digits: string): boolean {
  return /^3[47]/.test(digits);
}

/** "MM/YY" or "MM/YYYY" → month and four-digit year. */
export function parseExpiry(text: string): { month: number; year: number } | undefined {
  const match = /^\s*(\d{1,2})\s*\/\s*(\d{2}|\d{4})\s*$/.exec(text);
  if (!match) return undefined;
  const month = Number(match[1]);
  const year = match[2]?.length === 2 ? 2000 + Number(match[2]) : Number(match[2]);
  return month >= 1 && month <= 12 ? { month, year } : undefined;
}

/** A card works through the last day of its expiry month. */
export function expiryPassed(expiry: { month: number; year: number }, today: string): boolean {
  const [year = 0, month = 0] = today.split('-').map(Number);
  return expiry.year < year || (expiry.year === year && expiry.month < month);
}

export function validateMethod(form: MethodForm, today: string): MethodProblems {
  const problems: MethodProblems = {};
  if ([...form.nickname.trim()].length > nicknameMaxLength) {
    problems.nickname = 'validation.nicknameTooLong';
  }
  if (form.kind === 'card') {
    const digits = form.cardNumber.replace(/[\s-]/g, '');
    if (!digits) problems.cardNumber = 'validation.cardNumberRequired';
    else if (!/^\d{12,19}$/.test(digits) || !luhnValid(digits)) {
      problems.cardNumber = 'validation.cardNumberInvalid';
    }
    const expiry = parseExpiry(form.expiry);
    if (!expiry) problems.expiry = 'validation.expiryInvalid';
    else if (expiryPassed(expiry, today)) problems.expiry = 'validation.cardExpired';
    const codeLength = isAmex(digits) ? 4 : 3;
    if (!new RegExp(`^\\d{${codeLength}}$`).test(form.securityCode.trim())) {
      problems.securityCode = isAmex(digits)
        ? 'validation.securityCodeAmex'
        : 'validation.securityCodeInvalid';
    }
    return problems;
  }
  if (!routingValid(form.routingNumber.trim()))
    problems.routingNumber = 'validation.routingInvalid';
  if (!/^\d{4,17}$/.test(form.accountNumber.trim())) {
    problems.accountNumber = 'validation.accountNumberInvalid';
  }
  if (!form.accountHolderName.trim()) problems.accountHolderName = 'validation.holderRequired';
  return problems;
}

/** The request body (only after validation passed). */
export function toMethodBody(form: MethodForm): PaymentMethodCreate {
  const nickname = form.nickname.trim();
  if (form.kind === 'card') {
    const expiry = parseExpiry(form.expiry) ?? { month: 1, year: 2000 };
    const name = form.nameOnCard.trim();
    return {
      kind: 'card',
      cardNumber: form.cardNumber.replace(/[\s-]/g, ''),
      expiryMonth: expiry.month,
      expiryYear: expiry.year,
      securityCode: form.securityCode.trim(),
      ...(name ? { nameOnCard: name } : {}),
      ...(nickname ? { nickname } : {}),
    };
  }
  return {
    kind: 'bank',
    routingNumber: form.routingNumber.trim(),
    accountNumber: form.accountNumber.trim(),
    accountType: form.accountType,
    accountHolderName: form.accountHolderName.trim(),
    ...(nickname ? { nickname } : {}),
  };
}
