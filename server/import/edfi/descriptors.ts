import type {
  AttendanceCategory,
  AttendanceExcuse,
  CalendarDayKind,
} from '../../db/schema.ts';

/**
 * Ed-Fi descriptors, such as
 * `uri://ed-fi.org/AttendanceEventCategoryDescriptor#Tardy`, mapped to the
 * portal's own terms. Districts may extend descriptors under their own
 * namespace, so only the code value after `#` is compared, without case.
 */

/** The code value of a descriptor URI ("Tardy"); bare values pass through. */
export function codeValue(descriptor: string | null): string | null {
  if (descriptor === null) return null;
  const hash = descriptor.lastIndexOf('#');
  const code = (hash === -1 ? descriptor : descriptor.slice(hash + 1)).trim();
  return code === '' ? null : code;
}

function normalized(descriptor: string | null): string {
  return (codeValue(descriptor) ?? '').toLowerCase().replace(/[\s_-]+/g, ' ');
}

/** "Foster mother" becomes "foster_mother": our terms are snake_case. */
function snake(descriptor: string | null): string | null {
  const code = normalized(descriptor);
  return code ? code.replace(/[^a-z0-9]+/g, '_').replace(/^_|_$/g, '') : null;
}

export interface AttendanceTerms {
  category: AttendanceCategory;
  excuse: AttendanceExcuse;
}

const attendanceCategories: Record<string, AttendanceTerms> = {
  'excused absence': { category: 'absence', excuse: 'excused' },
  'unexcused absence': { category: 'absence', excuse: 'unexcused' },
  absence: { category: 'absence', excuse: 'unknown' },
  absent: { category: 'absence', excuse: 'unknown' },
  // Ed-Fi's "Partial" is a partial-day absence.
  partial: { category: 'absence', excuse: 'unknown' },
  tardy: { category: 'tardy', excuse: 'unknown' },
  'excused tardy': { category: 'tardy', excuse: 'excused' },
  'unexcused tardy': { category: 'tardy', excuse: 'unexcused' },
  'early departure': { category: 'early_departure', excuse: 'unknown' },
  'in attendance': { category: 'present', excuse: 'unknown' },
  present: { category: 'present', excuse: 'unknown' },
};

/**
 * The category and excuse of an attendance event. Where the category does
 * not say whether it was excused, the reason text often does
 * ("Absent excused").
 */
export function attendanceTerms(
  categoryDescriptor: string | null,
  reason: string | null,
): AttendanceTerms | null {
  const terms =
    attendanceCategories[normalized(categoryDescriptor)] ?? guessAttendance(categoryDescriptor);
  if (!terms) return null;
  if (terms.excuse !== 'unknown' || reason === null) return terms;
  const text = reason.toLowerCase();
  if (/\bunexcused\b/.test(text)) return { ...terms, excuse: 'unexcused' };
  if (/\bexcused\b/.test(text)) return { ...terms, excuse: 'excused' };
  return terms;
}

/**
 * Districts extend the descriptor with their own code values ("Excused
 * Absence - Medical", "Tardy > 15 min"); the words in them still tell.
 */
function guessAttendance(descriptor: string | null): AttendanceTerms | null {
  const code = normalized(descriptor);
  const excuse: AttendanceExcuse = /\bunexcused\b/.test(code)
    ? 'unexcused'
    : /\bexcused\b/.test(code)
      ? 'excused'
      : 'unknown';
  if (/\btardy\b|\blate arrival\b/.test(code)) return { category: 'tardy', excuse };
  if (/\bearly (departure|dismissal|checkout)\b/.test(code)) {
    return { category: 'early_departure', excuse };
  }
  if (/\babsen(ce|t)\b/.test(code)) return { category: 'absence', excuse };
  return null;
}

const guardianRelations: Record<string, string> = {
  'legal guardian': 'guardian',
  'court appointed guardian': 'guardian',
  guardian: 'guardian',
  'foster father': 'foster_parent',
  'foster mother': 'foster_parent',
  'foster parent': 'foster_parent',
  'step father': 'stepfather',
  'step mother': 'stepmother',
  'great grandparent': 'grandparent',
  'great grandmother': 'grandparent',
  'great grandfather': 'grandparent',
};

/** A guardian's relation to the student: mother, father, grandmother... */
export function guardianRelation(descriptor: string | null): string {
  return guardianRelations[normalized(descriptor)] ?? snake(descriptor) ?? 'guardian';
}

const calendarEvents: Record<string, CalendarDayKind> = {
  'instructional day': 'instructional',
  'make up day': 'instructional',
  'student late arrival/early dismissal': 'instructional',
  holiday: 'holiday',
  'teacher only day': 'teacher_only',
  'weather day': 'weather',
  'emergency day': 'weather',
};

/**
 * The kind of a calendar date. A date may carry several events; any that
 * keeps students home wins over "Instructional day".
 */
export function calendarDayKind(descriptors: (string | null)[]): CalendarDayKind {
  const kinds = descriptors.map((d) => calendarEvents[normalized(d)] ?? 'other');
  return kinds.find((kind) => kind !== 'instructional') ?? 'instructional';
}

const staffRoles: Record<string, string> = {
  'teacher of record': 'teacher',
  teacher: 'teacher',
  'assistant teacher': 'assistant',
  'support teacher': 'support',
  'substitute teacher': 'substitute',
};

export function staffRole(descriptor: string | null): string {
  return staffRoles[normalized(descriptor)] ?? snake(descriptor) ?? 'teacher';
}

export interface ScoreFlags {
  missing: number;
  late: number;
  turnedIn: number;
  dropped: number;
  incomplete: number;
  exempt: number;
}

/**
 * Score flags from SubmissionStatus (Graded, Submitted, Missing, Late,
 * Exempt...) and AssignmentLateStatus (Late, Not Late, On time, Missing).
 */
export function scoreFlags(
  submissionStatus: string | null,
  lateStatus: string | null,
  hasResult: boolean,
): ScoreFlags {
  const submission = normalized(submissionStatus);
  const late = normalized(lateStatus);
  const flags: ScoreFlags = {
    missing: 0,
    late: 0,
    turnedIn: 0,
    dropped: 0,
    incomplete: 0,
    exempt: 0,
  };
  if (['missing', 'not submitted', 'not turned in'].includes(submission)) {
    flags.missing = 1;
  } else if (['graded', 'submitted', 'turned in', 'on time'].includes(submission)) {
    flags.turnedIn = 1;
  } else if (submission === 'late') {
    flags.turnedIn = 1;
    flags.late = 1;
  } else if (submission === 'exempt' || submission === 'excused') {
    flags.exempt = 1;
  } else if (submission === 'incomplete') {
    flags.incomplete = 1;
  } else if (submission === 'dropped') {
    flags.dropped = 1;
  } else if (submission === '' && hasResult) {
    // A result with no status: it was handed in to be scored.
    flags.turnedIn = 1;
  }
  if (late === 'late' || late === 'late submission') flags.late = 1;
  if (late === 'missing') flags.missing = 1;
  return flags;
}

/** Ed-Fi booleans are "true"/"false", sometimes "1"/"0". */
export function flag(value: string | null): number | null {
  if (value === null) return null;
  const text = value.trim().toLowerCase();
  if (text === 'true' || text === '1') return 1;
  if (text === 'false' || text === '0') return 0;
  return null;
}
