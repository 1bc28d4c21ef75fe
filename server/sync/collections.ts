import type { Collection } from '../../src/api/sync.ts';
import type { syncedTables } from '../db/migrations/0001-core.ts';

export type SyncedTable = (typeof syncedTables)[number];

/**
 * How each collection of the sync reaches a guardian. `reach` selects
 * (id, pv): the ids in the guardian's view and, per way in, the newest
 * version of the links on that way (guardian_student, enrollment,
 * section_placement, ...). A record is sent when its own version or a way's
 * pv is newer than the cursor: a new link brings in old records.
 *
 * The named sets come from `deltaQuery`: p (g = guardian, c = cursor),
 * links (the guardian's students with portal access), school_reach and
 * section_reach. Parents' foreign keys (a calendar day's calendar, a
 * period's school) are taken as fixed: an SIS does not move them.
 */
export interface SyncedCollection {
  collection: Collection;
  table: SyncedTable;
  /** Columns sent, snake_case as in SQL. */
  columns: string[];
  /** 0/1 columns sent as booleans. */
  flags?: string[];
  reach: string;
}

const bySchool = (table: string) =>
  `SELECT t.id, sr.pv FROM ${table} t
   JOIN school_reach sr ON sr.school_id = t.school_id`;
const bySection = (table: string) =>
  `SELECT t.id, xr.pv FROM ${table} t
   JOIN section_reach xr ON xr.section_id = t.section_id`;
const byStudent = (table: string) =>
  `SELECT t.id, l.lv FROM ${table} t JOIN links l ON l.student_id = t.student_id`;

export const syncedCollections: SyncedCollection[] = [
  {
    collection: 'schools',
    table: 'school',
    columns: ['id', 'name', 'uses_gradebook', 'phone', 'address'],
    flags: ['usesGradebook'],
    reach: 'SELECT school_id, pv FROM school_reach',
  },
  {
    collection: 'schoolYears',
    table: 'school_year',
    columns: ['id', 'name', 'start_date', 'end_date'],
    reach: `SELECT e.school_year_id, max(l.lv, e.version) FROM enrollment e
              JOIN links l ON l.student_id = e.student_id
            UNION ALL SELECT t.school_year_id, sr.pv FROM term t
              JOIN school_reach sr ON sr.school_id = t.school_id
            UNION ALL SELECT t.school_year_id, sr.pv FROM calendar t
              JOIN school_reach sr ON sr.school_id = t.school_id`,
  },
  {
    collection: 'terms',
    table: 'term',
    columns: ['id', 'school_id', 'school_year_id', 'name', 'kind', 'start_date', 'end_date'],
    reach: bySchool('term'),
  },
  {
    collection: 'gradingPeriods',
    table: 'grading_period',
    columns: [
      'id', 'school_id', 'school_year_id', 'term_id', 'name', 'sequence',
      'start_date', 'end_date',
    ],
    reach: bySchool('grading_period'),
  },
  {
    collection: 'calendars',
    table: 'calendar',
    columns: ['id', 'school_id', 'school_year_id', 'name'],
    reach: bySchool('calendar'),
  },
  {
    collection: 'calendarDays',
    table: 'calendar_day',
    columns: ['id', 'calendar_id', 'date', 'kind', 'name', 'inferred'],
    flags: ['inferred'],
    reach: `SELECT t.id, sr.pv FROM calendar_day t
            JOIN calendar c ON c.id = t.calendar_id
            JOIN school_reach sr ON sr.school_id = c.school_id`,
  },
  {
    collection: 'bellSchedules',
    table: 'bell_schedule',
    columns: ['id', 'school_id', 'name', 'start_time', 'end_time'],
    reach: bySchool('bell_schedule'),
  },
  {
    collection: 'periods',
    table: 'period',
    columns: ['id', 'school_id', 'name', 'sequence', 'start_time', 'end_time'],
    reach: bySchool('period'),
  },
  {
    collection: 'bellSchedulePeriods',
    table: 'bell_schedule_period',
    columns: ['id', 'bell_schedule_id', 'period_id', 'start_time', 'end_time'],
    reach: `SELECT t.id, sr.pv FROM bell_schedule_period t
            JOIN bell_schedule b ON b.id = t.bell_schedule_id
            JOIN school_reach sr ON sr.school_id = b.school_id`,
  },
  {
    collection: 'courses',
    table: 'course',
    columns: ['id', 'school_id', 'code', 'title', 'subject'],
    reach: `SELECT s.course_id, max(xr.pv, s.version) FROM section s
            JOIN section_reach xr ON xr.section_id = s.id`,
  },
  {
    collection: 'staff',
    table: 'staff',
    columns: ['id', 'first_name', 'last_name', 'title', 'email'],
    reach: `SELECT t.staff_id, max(xr.pv, t.version) FROM section_staff t
            JOIN section_reach xr ON xr.section_id = t.section_id`,
  },
  {
    collection: 'sections',
    table: 'section',
    columns: ['id', 'school_id', 'course_id', 'term_id', 'name', 'room'],
    reach: 'SELECT section_id, pv FROM section_reach',
  },
  {
    collection: 'sectionPeriods',
    table: 'section_period',
    columns: ['id', 'section_id', 'period_id', 'days'],
    reach: bySection('section_period'),
  },
  {
    collection: 'sectionStaff',
    table: 'section_staff',
    columns: ['id', 'section_id', 'staff_id', 'role'],
    reach: bySection('section_staff'),
  },
  {
    collection: 'students',
    table: 'student',
    columns: ['id', 'first_name', 'middle_name', 'last_name', 'preferred_name', 'birth_date'],
    reach: 'SELECT student_id, lv FROM links',
  },
  {
    collection: 'guardianStudents',
    table: 'guardian_student',
    columns: ['id', 'guardian_id', 'student_id', 'relation'],
    reach: `SELECT t.id, t.version FROM guardian_student t, p
            WHERE t.guardian_id = p.g AND t.portal_access = 1`,
  },
  {
    collection: 'enrollments',
    table: 'enrollment',
    columns: [
      'id', 'student_id', 'school_id', 'school_year_id', 'grade_level',
      'start_date', 'end_date',
    ],
    reach: byStudent('enrollment'),
  },
  {
    collection: 'sectionPlacements',
    table: 'section_placement',
    columns: ['id', 'student_id', 'section_id', 'start_date', 'end_date'],
    reach: byStudent('section_placement'),
  },
  {
    collection: 'assignments',
    table: 'assignment',
    columns: [
      'id', 'section_id', 'grading_period_id', 'title', 'description',
      'category', 'assigned_date', 'due_date', 'points_possible',
    ],
    reach: bySection('assignment'),
  },
  {
    collection: 'scores',
    table: 'score',
    columns: [
      'id', 'assignment_id', 'student_id', 'points', 'mark', 'comment',
      'missing', 'late', 'turned_in', 'dropped', 'incomplete', 'exempt',
      'scored_at',
    ],
    flags: ['missing', 'late', 'turnedIn', 'dropped', 'incomplete', 'exempt'],
    reach: byStudent('score'),
  },
  {
    collection: 'grades',
    table: 'grade',
    columns: [
      'id', 'student_id', 'section_id', 'grading_period_id', 'task', 'status',
      'percent', 'mark', 'comment', 'posted_at',
    ],
    reach: byStudent('grade'),
  },
  {
    collection: 'attendanceEvents',
    table: 'attendance_event',
    columns: [
      'id', 'student_id', 'school_id', 'section_id', 'term_id', 'date',
      'category', 'excuse', 'code', 'comment', 'arrival_time',
      'departure_time', 'minutes', 'day_fraction',
    ],
    reach: byStudent('attendance_event'),
  },
];

/** Tombstone entity (table name) to the collection the device keeps it in. */
export const collectionOfTable = new Map<string, Collection>(
  syncedCollections.map((c) => [c.table, c.collection]),
);
