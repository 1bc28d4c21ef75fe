import argon2 from 'argon2';

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

/** Why a password breaks the district's rules, or null when it keeps them. */
export function passwordProblem(
  password: string,
  rules: PasswordRules,
): string | null {
  const kinds = [/[a-z]/, /[A-Z]/, /[0-9]/, /[^a-zA-Z0-9]/].filter((kind) =>
    kind.test(password),
  ).length;
  if (password.length < rules.minLength || kinds < rules.minKinds) {
    return (
      `The password needs at least ${rules.minLength} characters and ` +
      `${rules.minKinds} of these kinds: lowercase, uppercase, digits, symbols.`
    );
  }
  return null;
}
