import type { AccountType, CardBrand } from '../../src/api/money.ts';

/**
 * What the portal asks of a payment processor. Card and bank details go to
 * `tokenize*` and nowhere else: the portal keeps only the token and what a
 * person needs to recognise the method (brand, last four, expiry).
 */
export interface PaymentProcessor {
  /** Stored with each payment method, to know whose token it is. */
  readonly name: string;
  tokenizeCard(card: CardInput, today: { year: number; month: number }): Promise<Tokenized>;
  tokenizeBank(bank: BankInput): Promise<Tokenized>;
  /**
   * Charges a token. The same idempotency key again answers the first
   * charge's result and charges nothing more.
   */
  charge(request: ChargeRequest): Promise<ChargeResult>;
}

export interface CardInput {
  cardNumber: string;
  expiryMonth: number;
  expiryYear: number;
  securityCode: string;
}

export interface BankInput {
  routingNumber: string;
  accountNumber: string;
  accountType: AccountType;
}

export type Tokenized =
  | {
      ok: true;
      token: string;
      kind: 'card' | 'bank';
      brand: CardBrand | null;
      lastFour: string;
      expiryMonth: number | null;
      expiryYear: number | null;
      accountType: AccountType | null;
    }
  | { ok: false; code: TokenizeFailure; message: string };

export type TokenizeFailure =
  | 'card_number_invalid'
  | 'card_expiry_invalid'
  | 'security_code_invalid'
  | 'routing_number_invalid'
  | 'account_number_invalid';

export interface ChargeRequest {
  token: string;
  amountCents: number;
  idempotencyKey: string;
  /** The district's name as it shows on a statement. */
  statementDescriptor: string;
  /** The charge date, for a card's expiry. */
  today: { year: number; month: number };
}

export type ChargeFailure =
  | 'payment_declined'
  | 'insufficient_funds'
  | 'card_expired'
  | 'payment_failed';

export type ChargeResult =
  | { status: 'succeeded'; chargeId: string }
  | { status: 'declined' | 'failed'; code: ChargeFailure };
