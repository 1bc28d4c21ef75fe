/**
 * Every refusal of the API: a stable code that the app translates, and an
 * English message for people calling the API directly.
 *
 * Its own file, without TypeBox: the app's first chunk needs the codes,
 * not the schema library.
 */
export const errorCodes = [
  'invalid_request',
  'not_signed_in',
  'not_found',
  'forbidden',
  'csrf_rejected',
  'activation_key_invalid',
  'username_taken',
  'password_too_weak',
  'email_invalid',
  'sign_in_failed',
  'too_many_attempts',
  'server_error',
  'idempotency_key_required',
  'idempotency_key_reused',
  'idempotency_key_in_progress',
  'excuse_not_available',
  'date_in_past',
  'date_range_invalid',
  'not_a_school_day',
  'time_required',
  'time_outside_school_day',
  'time_in_past',
  'comment_too_long',
  'request_not_cancellable',
  'push_needs_stay_logged_in',
  'push_endpoint_invalid',
] as const;

export type ErrorCode = (typeof errorCodes)[number];
