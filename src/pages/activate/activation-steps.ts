import type { AppErrorCode } from '../../data/app-error.ts';

/** The activation form's steps, in order. */
export const activationSteps = ['key', 'credentials', 'email'] as const;
export type ActivationStep = (typeof activationSteps)[number];

/** The step whose field a server refusal is about, so the person lands on it. */
export function stepForError(code: AppErrorCode, field?: string): ActivationStep {
  switch (code) {
    case 'activation_key_invalid':
      return 'key';
    case 'username_taken':
    case 'password_too_weak':
      return 'credentials';
    case 'email_invalid':
      return 'email';
    case 'invalid_request':
      if (field?.startsWith('/activationKey')) return 'key';
      if (field?.startsWith('/username') || field?.startsWith('/password')) return 'credentials';
      return 'email';
    default:
      return 'email';
  }
}
