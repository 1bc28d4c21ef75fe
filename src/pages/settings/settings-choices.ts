/**
 * The settings' choices, repeated from the contract (src/api/settings.ts,
 * src/api/notifications.ts) so the page's chunk does without TypeBox; a
 * test keeps them equal to the contract's.
 */
export const communicationLanguages = ['en', 'es', 'pl', 'ru'] as const;

export const contactMessageTypes = [
  'emergency',
  'attendance',
  'behaviour',
  'general',
  'priority',
  'teacher',
] as const;

export const notificationKinds = [
  'absence_request_processed',
  'score',
  'grade_posted',
  'grade_below',
  'attendance',
  'announcement',
  'payment_succeeded',
  'payment_failed',
  'recurring_payment_run',
  'low_food_balance',
  'meal_application_processed',
] as const;

export const contactChannels = ['voice', 'text', 'email'] as const;
