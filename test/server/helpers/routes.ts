/** Every GET route of a signed-in guardian that names a student. */
export function studentRouteUrls(studentId: number | string): string[] {
  const base = `/api/v1/students/${studentId}`;
  return [
    `${base}/schedule`,
    `${base}/instructional-days`,
    `${base}/assignments`,
    `${base}/grades`,
    `${base}/attendance`,
    `${base}/documents`,
  ];
}

/** Every GET route of a signed-in guardian, with a real student where one is named. */
export function guardianRouteUrls(studentId: number): string[] {
  return [
    '/api/v1/session',
    '/api/v1/students',
    '/api/v1/school-years',
    '/api/v1/sync',
    ...studentRouteUrls(studentId),
    '/api/v1/excuses',
    '/api/v1/absence-requests',
    '/api/v1/absence-requests/1',
    '/api/v1/notifications',
    '/api/v1/notifications/unread-count',
    '/api/v1/push/key',
    '/api/v1/meal-applications',
    '/api/v1/fees',
    '/api/v1/fees/1',
    '/api/v1/food-service-accounts',
    '/api/v1/food-service-accounts/1/transactions',
    '/api/v1/optional-payments',
    '/api/v1/payment-methods',
    '/api/v1/payments',
    '/api/v1/payments/1',
    '/api/v1/recurring-payments',
    '/api/v1/low-balance-threshold',
  ];
}

/**
 * Every write route of a signed-in guardian; each takes an Idempotency-Key.
 * `:id` stands for a record's id.
 */
export const guardianWriteRoutes = [
  { method: 'POST', url: '/api/v1/absence-requests' },
  { method: 'POST', url: '/api/v1/absence-requests/:id/cancel' },
  { method: 'POST', url: '/api/v1/notifications/:id/read' },
  { method: 'POST', url: '/api/v1/notifications/read-all' },
  { method: 'POST', url: '/api/v1/push/subscriptions' },
  { method: 'DELETE', url: '/api/v1/push/subscriptions' },
  { method: 'POST', url: '/api/v1/meal-applications' },
  { method: 'POST', url: '/api/v1/payment-methods' },
  { method: 'PATCH', url: '/api/v1/payment-methods/:id' },
  { method: 'DELETE', url: '/api/v1/payment-methods/:id' },
  { method: 'POST', url: '/api/v1/checkout' },
  { method: 'POST', url: '/api/v1/recurring-payments' },
  { method: 'PATCH', url: '/api/v1/recurring-payments/:id' },
  { method: 'DELETE', url: '/api/v1/recurring-payments/:id' },
  { method: 'PUT', url: '/api/v1/low-balance-threshold' },
] as const;
