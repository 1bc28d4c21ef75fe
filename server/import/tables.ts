import type { UpsertOptions } from './upsert.ts';

/**
 * How an importer writes each synced table: its natural key (the table's
 * UNIQUE constraint) and the columns an import owns. Columns left out are
 * the portal's own (uses_gradebook, section_period.days) and keep their
 * value. `portal_access` is set only for a new link, so a link the district
 * turned off in the portal stays off after the next import.
 */
export const importedTables = {
  school: {
    key: ['district_id', 'source_id'],
    columns: ['name', 'phone', 'address'],
  },
  school_year: {
    key: ['district_id', 'name'],
    columns: ['start_date', 'end_date'],
  },
  term: {
    key: ['school_id', 'source_id'],
    columns: ['school_year_id', 'name', 'kind', 'start_date', 'end_date', 'instructional_days'],
    insertOnly: ['district_id'],
  },
  grading_period: {
    key: ['school_id', 'source_id'],
    columns: ['school_year_id', 'term_id', 'name', 'sequence', 'start_date', 'end_date'],
    insertOnly: ['district_id'],
  },
  calendar: {
    key: ['school_id', 'source_id'],
    columns: ['school_year_id', 'name'],
    insertOnly: ['district_id'],
  },
  calendar_day: {
    key: ['calendar_id', 'date'],
    columns: ['kind', 'name', 'inferred'],
    insertOnly: ['district_id'],
  },
  bell_schedule: {
    key: ['school_id', 'source_id'],
    columns: ['name', 'start_time', 'end_time'],
    insertOnly: ['district_id'],
  },
  period: {
    key: ['school_id', 'source_id'],
    columns: ['name', 'sequence', 'start_time', 'end_time'],
    insertOnly: ['district_id'],
  },
  bell_schedule_period: {
    key: ['bell_schedule_id', 'period_id'],
    columns: [],
    insertOnly: ['district_id'],
  },
  course: {
    key: ['district_id', 'source_id'],
    columns: ['school_id', 'code', 'title', 'subject'],
  },
  staff: {
    key: ['district_id', 'source_id'],
    columns: ['first_name', 'last_name', 'title', 'email'],
  },
  section: {
    key: ['school_id', 'source_id'],
    columns: ['course_id', 'term_id', 'name', 'room'],
    insertOnly: ['district_id'],
  },
  section_period: {
    key: ['section_id', 'period_id'],
    columns: [],
    insertOnly: ['district_id'],
  },
  section_staff: {
    key: ['section_id', 'staff_id'],
    columns: ['role'],
    insertOnly: ['district_id'],
  },
  student: {
    key: ['district_id', 'source_id'],
    columns: ['first_name', 'middle_name', 'last_name', 'preferred_name', 'birth_date'],
  },
  guardian: {
    key: ['district_id', 'source_id'],
    columns: ['first_name', 'last_name', 'email'],
  },
  guardian_student: {
    key: ['guardian_id', 'student_id'],
    columns: ['relation', 'lives_with', 'emergency_contact'],
    insertOnly: ['district_id', 'portal_access'],
  },
  enrollment: {
    key: ['student_id', 'school_id', 'school_year_id'],
    columns: ['grade_level', 'start_date', 'end_date', 'inferred'],
    insertOnly: ['district_id'],
  },
  section_placement: {
    key: ['student_id', 'section_id'],
    columns: ['start_date', 'end_date', 'inferred'],
    insertOnly: ['district_id'],
  },
  assignment: {
    key: ['district_id', 'source_id'],
    columns: [
      'section_id',
      'grading_period_id',
      'title',
      'description',
      'category',
      'assigned_date',
      'due_date',
      'points_possible',
    ],
  },
  score: {
    key: ['assignment_id', 'student_id'],
    columns: [
      'points',
      'mark',
      'comment',
      'missing',
      'late',
      'turned_in',
      'dropped',
      'incomplete',
      'exempt',
      'scored_at',
    ],
    insertOnly: ['district_id'],
  },
  attendance_event: {
    key: ['district_id', 'source_id'],
    columns: [
      'student_id',
      'school_id',
      'section_id',
      'term_id',
      'date',
      'category',
      'excuse',
      'code',
      'comment',
      'arrival_time',
      'departure_time',
      'minutes',
      'day_fraction',
    ],
  },
} satisfies Record<string, UpsertOptions>;

export type ImportedTable = keyof typeof importedTables;
