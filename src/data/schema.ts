import type { SyncChanges } from '../api/sync.ts';

/**
 * The device database's versions. Each version lists only the stores it adds
 * or re-indexes; a version never drops a store (a `null` schema is not
 * allowed by the type), and changes to existing rows go in `upgrade`, so a
 * device that skipped versions still migrates step by step.
 */
export interface SchemaVersion {
  version: number;
  stores: Record<string, string>;
  upgrade?: (tx: import('dexie').Transaction) => Promise<void> | void;
}

/** Indexes per sync collection: the first key is the server's id. */
const v1Collections: Record<keyof SyncChanges, string> = {
  schools: 'id',
  schoolYears: 'id, startDate',
  terms: 'id, schoolId, schoolYearId',
  gradingPeriods: 'id, schoolId, schoolYearId, termId',
  calendars: 'id, schoolId, [schoolId+schoolYearId]',
  calendarDays: 'id, calendarId, [calendarId+date]',
  bellSchedules: 'id, schoolId',
  periods: 'id, schoolId',
  bellSchedulePeriods: 'id, bellScheduleId, periodId',
  courses: 'id',
  staff: 'id',
  sections: 'id, schoolId, courseId, termId',
  sectionPeriods: 'id, sectionId, periodId',
  sectionStaff: 'id, sectionId, staffId',
  students: 'id',
  guardianStudents: 'id, studentId',
  enrollments: 'id, studentId, [studentId+schoolYearId]',
  sectionPlacements: 'id, studentId, sectionId',
  assignments: 'id, sectionId, dueDate, [sectionId+dueDate]',
  scores: 'id, studentId, assignmentId, [studentId+assignmentId], [studentId+scoredAt]',
  grades: 'id, studentId, sectionId, [studentId+sectionId], [studentId+postedAt]',
  attendanceEvents: 'id, studentId, sectionId, termId, [studentId+date]',
};

export const schemaVersions: readonly SchemaVersion[] = [
  {
    version: 1,
    stores: {
      ...v1Collections,
      /** Small device facts: sync cursor, last sync, the signed-in session. */
      meta: 'key',
    },
  },
  {
    version: 2,
    stores: {
      /**
       * Writes waiting to reach the server (the outbox), by idempotency key;
       * read by the page and by the service worker's `sync` handler.
       */
      outbox: 'key, state, kind, createdAt',
      /** The guardian's notifications (the bell), newest first by id. */
      notifications: 'id, createdAt',
      /** The guardian's absence requests, as the server last listed them. */
      absenceRequests: 'id, createdAt',
    },
  },
  {
    version: 3,
    stores: {
      /**
       * Money, as the money routes last answered (not in the delta sync):
       * read offline by the money pages and Today. No card or account
       * numbers ever: a payment method is only what the server returns.
       */
      fees: 'id, studentId, schoolYearId',
      foodServiceAccounts: 'id, studentId',
      foodServiceTransactions: 'id, foodServiceAccountId, [foodServiceAccountId+at]',
      optionalPayments: 'id, studentId',
      paymentMethods: 'id',
      recurringPayments: 'id, studentId',
      /** Payment history with receipts, newest first by createdAt. */
      payments: 'id, createdAt',
      /** The cart, on the device only until checkout: one line per fee, account or item. */
      cart: 'id, addedAt',
    },
  },
  {
    version: 5,
    stores: {
      /** The meal benefits application being filled in: one row, key `draft`. */
      mealDraft: 'key',
      /** The guardian's meal benefits applications, as the server last listed them. */
      mealApplications: 'id, createdAt',
      /** Report cards and other documents of the guardian's students (no bytes). */
      documents: 'id, studentId, [studentId+schoolYearId]',
      /** PDFs opened once, by document id, so they open again offline. */
      documentFiles: 'id',
    },
  },
];
