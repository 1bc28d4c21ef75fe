/** Every GET route of a signed-in guardian that names a student. */
export function studentRouteUrls(studentId: number | string): string[] {
  const base = `/api/v1/students/${studentId}`;
  return [
    `${base}/schedule`,
    `${base}/instructional-days`,
    `${base}/assignments`,
    `${base}/grades`,
    `${base}/attendance`,
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
  ];
}
