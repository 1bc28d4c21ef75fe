import type {
  EmailChangeResponse,
  EmailConfirmResponse,
  PasswordResetCompleteResponse,
  SessionResponse,
} from '../../api/account.ts';
import { apiRequest } from '../../data/http.ts';

/**
 * The account's own routes (see src/api/account.ts). The public ones say
 * the same whether or not an account matched, so the pages do too.
 * Changes that need the current password go straight to the server, never
 * through the outbox: a password must not wait on the device.
 */
export async function requestPasswordReset(identifier: string): Promise<void> {
  const body = identifier.includes('@') ? { email: identifier } : { username: identifier };
  await apiRequest('POST', '/api/v1/password-reset', { body });
}

export async function completePasswordReset(
  token: string,
  password: string,
): Promise<PasswordResetCompleteResponse> {
  return (await apiRequest('POST', '/api/v1/password-reset/complete', {
    body: { token, password },
  })) as PasswordResetCompleteResponse;
}

export async function requestUsernameReminder(email: string): Promise<void> {
  await apiRequest('POST', '/api/v1/username-reminder', { body: { email } });
}

/** Answers the renewed session (the other sessions of the account end). */
export async function changePassword(
  currentPassword: string,
  newPassword: string,
): Promise<SessionResponse> {
  return (await apiRequest('PUT', '/api/v1/account/password', {
    body: { currentPassword, newPassword },
    idempotencyKey: crypto.randomUUID(),
  })) as SessionResponse;
}

export async function changeEmail(
  currentPassword: string,
  email: string,
): Promise<EmailChangeResponse> {
  return (await apiRequest('POST', '/api/v1/account/email', {
    body: { currentPassword, email },
    idempotencyKey: crypto.randomUUID(),
  })) as EmailChangeResponse;
}

export async function confirmEmail(token: string): Promise<EmailConfirmResponse> {
  return (await apiRequest('POST', '/api/v1/account/email/confirm', {
    body: { token },
  })) as EmailConfirmResponse;
}
