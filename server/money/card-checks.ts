import type { CardBrand } from '../../src/api/money.ts';

/** Digits only: a person types spaces or dashes between groups. */
export function digitsOf(cardNumber: string): string {
  return cardNumber.replace(/[ -]/g, '');
}

/** The Luhn (mod 10) check digit rule that every card number follows. */
export function passesLuhn(digits: string): boolean {
  if (!/^\d+$/.test(digits)) return false;
  let sum = 0;
  for (let i = 0; i < digits.length; i++) {
    let digit = Number(digits[digits.length - 1 - i]);
    if (i % 2 === 1) {
      digit *= 2;
      if (digit > 9) digit -= 9;
    }
    sum += digit;
  }
  return sum % 10 === 0;
}

/** The brand from the number's prefix and length; null for brands not taken. */
export function cardBrandOf(digits: string): CardBrand | null {
  const length = digits.length;
  if (/^4/.test(digits) && [13, 16, 19].includes(length)) return 'visa';
  const two = Number(digits.slice(0, 2));
  const four = Number(digits.slice(0, 4));
  if (length === 16 && ((two >= 51 && two <= 55) || (four >= 2221 && four <= 2720))) {
    return 'mastercard';
  }
  if (length === 15 && (two === 34 || two === 37)) return 'amex';
  if (length === 16 && (/^6011/.test(digits) || /^65/.test(digits) || /^64[4-9]/.test(digits))) {
    return 'discover';
  }
  return null;
}

/** A card is good through the last day of its expiry month. */
export function isExpired(
  expiry: { month: number; year: number },
  today: { month: number; year: number },
): boolean {
  return expiry.year < today.year || (expiry.year === today.year && expiry.month < today.month);
}

/** The ABA routing number checksum: 3·(d1+d4+d7) + 7·(d2+d5+d8) + (d3+d6+d9) ≡ 0 (mod 10). */
export function isAbaRoutingNumber(routing: string): boolean {
  if (!/^\d{9}$/.test(routing) || routing === '000000000') return false;
  const d = [...routing].map(Number);
  const at = (i: number) => d[i] ?? 0;
  const sum =
    3 * (at(0) + at(3) + at(6)) + 7 * (at(1) + at(4) + at(7)) + (at(2) + at(5) + at(8));
  return sum % 10 === 0;
}
