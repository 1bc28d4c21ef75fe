import argon2 from 'argon2';
import { ApiProblem } from '../http/errors.ts';

/** argon2id with the library's defaults (64 MiB, 3 passes). */
export function hashPassword(password: string): Promise<string> {
  return argon2.hash(password, { type: argon2.argon2id });
}

export function verifyPassword(hash: string, password: string) {
  return argon2.verify(hash, password);
}

export interface PasswordRules {
  minLength: number;
  /** How many of the four kinds (lower, upper, digit, symbol) it needs. */
  minKinds: number;
}

/**
 * Refuses a password that breaks the district's rules: a 400
 * password_too_weak naming the field, whose params carry the rules so the
 * app can say them in the person's language.
 */
export function checkPasswordRules(password: string, rules: PasswordRules, field: string): void {
  const kinds = [/[a-z]/, /[A-Z]/, /[0-9]/, /[^a-zA-Z0-9]/].filter((kind) =>
    kind.test(password),
  ).length;
  if (password.length < rules.minLength || kinds < rules.minKinds) {
    throw new ApiProblem(
      400,
      'password_too_weak',
      `The password needs at least ${rules.minLength} characters and ` +
        `${rules.minKinds} of these kinds: lowercase, uppercase, digits, symbols.`,
      field,
      { minLength: rules.minLength, minKinds: rules.minKinds },
    );
  }
}
