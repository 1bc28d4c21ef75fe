import { randomBytes } from 'node:crypto';
import { cardBrandOf, digitsOf, isAbaRoutingNumber, isExpired, passesLuhn } from './card-checks.ts';
import type {
  BankInput,
  CardInput,
  ChargeFailure,
  ChargeRequest,
  ChargeResult,
  PaymentProcessor,
  Tokenized,
} from './processor.ts';

/**
 * The built-in processor, acting like a real one's test mode. Test cards
 * (any future expiry; a 3-digit security code, 4 for American Express):
 *
 *   4242424242424242  Visa, succeeds
 *   5555555555554444  Mastercard, succeeds
 *   378282246310005   American Express, succeeds
 *   6011111111111117  Discover, succeeds
 *   4000000000000002  declined (payment_declined)
 *   4000000000009995  insufficient funds (insufficient_funds)
 *   4000000000000069  declined as expired (card_expired)
 *   4000000000000119  processing error: the payment fails (payment_failed)
 *
 * Any other number that passes the Luhn check with a known brand succeeds.
 * Bank accounts need a valid ABA routing number (such as 011000015);
 * account 000111111116 is declined, 000222222227 lacks funds, others succeed.
 *
 * The token carries the test outcome and the expiry, not the number: the
 * sandbox keeps no card data anywhere, just like the portal.
 */
type Outcome = 'ok' | 'declined' | 'nofunds' | 'expired' | 'error';

const cardOutcomes: Record<string, Outcome> = {
  '4000000000000002': 'declined',
  '4000000000009995': 'nofunds',
  '4000000000000069': 'expired',
  '4000000000000119': 'error',
};
const bankOutcomes: Record<string, Outcome> = {
  '000111111116': 'declined',
  '000222222227': 'nofunds',
};
const failures: Record<Exclude<Outcome, 'ok'>, ChargeFailure> = {
  declined: 'payment_declined',
  nofunds: 'insufficient_funds',
  expired: 'card_expired',
  error: 'payment_failed',
};

export class SandboxProcessor implements PaymentProcessor {
  readonly name = 'sandbox';
  /** A real processor remembers idempotency keys for a day or more. */
  readonly #charges = new Map<string, ChargeResult>();

  async tokenizeCard(card: CardInput, today: { year: number; month: number }): Promise<Tokenized> {
    const digits = digitsOf(card.cardNumber);
    const brand = cardBrandOf(digits);
    if (!passesLuhn(digits) || !brand) {
      return { ok: false, code: 'card_number_invalid', message: 'This card number is not valid.' };
    }
    if (isExpired({ month: card.expiryMonth, year: card.expiryYear }, today)) {
      return { ok: false, code: 'card_expiry_invalid', message: 'This card has expired.' };
    }
    if (card.securityCode.length !== (brand === 'amex' ? 4 : 3)) {
      return {
        ok: false,
        code: 'security_code_invalid',
        message: `The security code has ${brand === 'amex' ? 4 : 3} digits.`,
      };
    }
    const expiry = `${card.expiryYear}${String(card.expiryMonth).padStart(2, '0')}`;
    return {
      ok: true,
      token: token(cardOutcomes[digits] ?? 'ok', expiry),
      kind: 'card',
      brand,
      lastFour: digits.slice(-4),
      expiryMonth: card.expiryMonth,
      expiryYear: card.expiryYear,
      accountType: null,
    };
  }

  async tokenizeBank(bank: BankInput): Promise<Tokenized> {
    if (!isAbaRoutingNumber(bank.routingNumber)) {
      return {
        ok: false,
        code: 'routing_number_invalid',
        message: 'This routing number is not valid (9 digits with an ABA check digit).',
      };
    }
    if (!/^\d{4,17}$/.test(bank.accountNumber)) {
      return {
        ok: false,
        code: 'account_number_invalid',
        message: 'Account numbers have 4 to 17 digits.',
      };
    }
    return {
      ok: true,
      token: token(bankOutcomes[bank.accountNumber] ?? 'ok', '000000'),
      kind: 'bank',
      brand: null,
      lastFour: bank.accountNumber.slice(-4),
      expiryMonth: null,
      expiryYear: null,
      accountType: bank.accountType,
    };
  }

  async charge(request: ChargeRequest): Promise<ChargeResult> {
    const earlier = this.#charges.get(request.idempotencyKey);
    if (earlier) return earlier;
    const result = chargeOnce(request);
    this.#charges.set(request.idempotencyKey, result);
    return result;
  }
}

function token(outcome: Outcome, expiry: string): string {
  return `tok_sandbox_${outcome}_${expiry}_${randomBytes(12).toString('hex')}`;
}

function chargeOnce(request: ChargeRequest): ChargeResult {
  const match = /^tok_sandbox_(ok|declined|nofunds|expired|error)_(\d{4})(\d{2})_[0-9a-f]+$/.exec(
    request.token,
  );
  if (!match) return { status: 'failed', code: 'payment_failed' };
  const outcome = match[1] as Outcome;
  const [year, month] = [Number(match[2]), Number(match[3])];
  if (year > 0 && isExpired({ year, month }, request.today)) {
    return { status: 'declined', code: 'card_expired' };
  }
  if (outcome === 'ok') {
    return { status: 'succeeded', chargeId: `ch_sandbox_${randomBytes(12).toString('hex')}` };
  }
  return { status: outcome === 'error' ? 'failed' : 'declined', code: failures[outcome] };
}
