import type { DemoRows } from './rows.ts';

/** A demo sign-in: fictional, public, and printed at start for anyone to try. */
export interface DemoSignIn {
  username: string;
  password: string;
}

/** The two demo guardians' sign-ins, in the order of the demo guardians. */
export const demoSignIns: readonly DemoSignIn[] = [
  { username: 'demo.parent', password: 'Demo-Parent-1' },
  { username: 'demo.parent2', password: 'Demo-Parent-2' },
];

export function addAccounts(
  rows: DemoRows,
  guardianIds: readonly number[],
  passwordHashes: readonly string[],
  createdAt: string,
): void {
  demoSignIns.forEach((signIn, index) => {
    const guardianId = guardianIds[index];
    const passwordHash = passwordHashes[index];
    if (guardianId === undefined || passwordHash === undefined) {
      throw new Error('Each demo sign-in needs a guardian and a password hash');
    }
    rows.add('account', {
      guardianId,
      username: signIn.username,
      passwordHash,
      email: `${signIn.username}@mail.example`,
      createdAt,
      passwordChangedAt: createdAt,
    });
  });
}
