import { Type, type Static } from 'typebox';
import * as E from './entities.ts';

/**
 * GET /api/v1/sync?cursor=C — everything of the signed-in guardian's that
 * changed since the cursor (all of it without one), and the ids of what was
 * deleted. The answer's cursor is passed back next time; it is opaque.
 *
 * A record is sent when it changed or when the link that brings it into the
 * guardian's view changed (a new placement sends its section, course and
 * teachers even if they are old). Deletions name the collection and the id.
 */

/** The collections of the sync, keyed as the device stores them. */
export const SyncChanges = Type.Object({
  schools: Type.Array(E.School),
  schoolYears: Type.Array(E.SchoolYear),
  terms: Type.Array(E.Term),
  gradingPeriods: Type.Array(E.GradingPeriod),
  calendars: Type.Array(E.Calendar),
  calendarDays: Type.Array(E.CalendarDay),
  bellSchedules: Type.Array(E.BellSchedule),
  periods: Type.Array(E.Period),
  bellSchedulePeriods: Type.Array(E.BellSchedulePeriod),
  courses: Type.Array(E.Course),
  staff: Type.Array(E.Staff),
  sections: Type.Array(E.Section),
  sectionPeriods: Type.Array(E.SectionPeriod),
  sectionStaff: Type.Array(E.SectionStaff),
  students: Type.Array(E.Student),
  guardianStudents: Type.Array(E.GuardianStudent),
  enrollments: Type.Array(E.Enrollment),
  sectionPlacements: Type.Array(E.SectionPlacement),
  assignments: Type.Array(E.Assignment),
  scores: Type.Array(E.Score),
  grades: Type.Array(E.Grade),
  attendanceEvents: Type.Array(E.AttendanceEvent),
});

export type SyncChanges = Static<typeof SyncChanges>;
export type Collection = keyof SyncChanges;

export const collections = Object.keys(
  SyncChanges.properties,
) as Collection[];

export const SyncDeletion = Type.Object({
  collection: Type.String(),
  id: Type.Integer(),
});

export const SyncQuery = Type.Object({
  cursor: Type.Optional(Type.String({ pattern: '^[0-9]{1,15}$' })),
});

export const SyncResponse = Type.Object({
  cursor: Type.String(),
  /** The server's clock when the answer was made, ISO UTC. */
  serverTime: Type.String(),
  /**
   * True when all of the guardian's data is sent and the device replaces
   * what it holds: no cursor, an unknown or too old one, or a student the
   * guardian may no longer see (portal access withdrawn, a link deleted).
   */
  full: Type.Boolean(),
  changes: Type.Partial(SyncChanges),
  deletions: Type.Array(SyncDeletion),
});

export type SyncDeletion = Static<typeof SyncDeletion>;
export type SyncResponse = Static<typeof SyncResponse>;
