/**
 * What an import did, shared by the Ed-Fi and OneRoster importers: how many
 * records of each kind it read, how many rows it inserted, updated or left
 * unchanged, what it inferred, and every record it skipped with the reason.
 */

/** Records read from the files, whether inserted, updated or unchanged. */
export const recordKinds = [
  'schools',
  'schoolYears',
  'terms',
  'gradingPeriods',
  'calendars',
  'calendarDays',
  'periods',
  'bellSchedules',
  'courses',
  'staff',
  'sections',
  'sectionStaff',
  'students',
  'guardians',
  'guardianLinks',
  'enrollments',
  'sectionPlacements',
  'assignments',
  'scores',
  'attendanceEvents',
] as const;
export type RecordKind = (typeof recordKinds)[number];

/** What the importer made up from other records, because the export lacked it. */
export const inferredKinds = [
  'enrollments',
  'sectionPlacements',
  'calendars',
  'calendarDays',
  'schoolYears',
  'courses',
] as const;
export type InferredKind = (typeof inferredKinds)[number];

export type Outcome = 'inserted' | 'updated' | 'unchanged';

export interface SkippedRecord {
  file: string;
  line: number;
  reason: string;
}

export type ImportSummary = Record<RecordKind, number> & {
  district: string | null;
  files: string[];
  inserted: number;
  updated: number;
  unchanged: number;
  /** Rows deleted because a complete export (--prune) no longer has them. */
  removed: number;
  inferred: Record<InferredKind, number>;
  skipped: SkippedRecord[];
  notes: string[];
  seconds: number;
};

export class ImportReport {
  readonly records = zeros(recordKinds);
  readonly inferred = zeros(inferredKinds);
  readonly outcomes: Record<Outcome, number> = {
    inserted: 0,
    updated: 0,
    unchanged: 0,
  };
  removed = 0;
  readonly skipped: SkippedRecord[] = [];
  readonly notes: string[] = [];
  readonly files: string[] = [];
  district: string | null = null;
  readonly #started = performance.now();

  /** Counts one row written (or found unchanged). */
  row(outcome: Outcome): void {
    this.outcomes[outcome] += 1;
  }

  record(kind: RecordKind): void {
    this.records[kind] += 1;
  }

  infer(kind: InferredKind): void {
    this.inferred[kind] += 1;
  }

  skip(file: string, line: number, reason: string): void {
    this.skipped.push({ file, line, reason });
  }

  /** A remark for the person running the import, said once. */
  note(text: string): void {
    if (!this.notes.includes(text)) this.notes.push(text);
  }

  summary(): ImportSummary {
    const seconds = (performance.now() - this.#started) / 1000;
    return {
      district: this.district,
      files: [...this.files],
      ...this.records,
      ...this.outcomes,
      removed: this.removed,
      inferred: { ...this.inferred },
      skipped: [...this.skipped],
      notes: [...this.notes],
      seconds: Math.round(seconds * 1000) / 1000,
    };
  }
}

function zeros<K extends string>(keys: readonly K[]): Record<K, number> {
  const counts = {} as Record<K, number>;
  for (const key of keys) counts[key] = 0;
  return counts;
}

const labels: Record<RecordKind, string> = {
  schools: 'schools',
  schoolYears: 'school years',
  terms: 'terms',
  gradingPeriods: 'grading periods',
  calendars: 'calendars',
  calendarDays: 'calendar days',
  periods: 'class periods',
  bellSchedules: 'bell schedules',
  courses: 'courses',
  staff: 'staff',
  sections: 'sections',
  sectionStaff: 'section teachers',
  students: 'students',
  guardians: 'guardians',
  guardianLinks: 'guardian links',
  enrollments: 'enrollments',
  sectionPlacements: 'section placements',
  assignments: 'assignments',
  scores: 'scores',
  attendanceEvents: 'attendance events',
};

/** The summary as a person reads it at the end of a command-line import. */
export function formatSummary(summary: ImportSummary, maxSkips = 20): string {
  const lines: string[] = [];
  const where = summary.district ? ` for ${summary.district}` : '';
  lines.push(`Imported ${summary.files.length} files${where} in ${summary.seconds.toFixed(1)} s.`);
  const read = recordKinds
    .filter((kind) => summary[kind] > 0)
    .map((kind) => `  ${String(summary[kind]).padStart(7)} ${labels[kind]}`);
  if (read.length > 0) lines.push('Records read:', ...read);
  lines.push(
    `Rows: ${summary.inserted} inserted, ${summary.updated} updated, ` +
      `${summary.unchanged} unchanged` +
      (summary.removed > 0 ? `, ${summary.removed} removed.` : '.'),
  );
  const inferred = inferredKinds
    .filter((kind) => summary.inferred[kind] > 0)
    .map((kind) => `${summary.inferred[kind]} ${labels[kind]}`);
  if (inferred.length > 0) {
    lines.push(`Inferred (not in the export): ${inferred.join(', ')}.`);
  }
  for (const note of summary.notes) lines.push(`Note: ${note}`);
  if (summary.skipped.length === 0) {
    lines.push('No record skipped.');
  } else {
    lines.push(`Skipped ${summary.skipped.length} records:`);
    for (const skip of summary.skipped.slice(0, maxSkips)) {
      lines.push(`  ${skip.file}:${skip.line}: ${skip.reason}`);
    }
    const more = summary.skipped.length - maxSkips;
    if (more > 0) lines.push(`  ... and ${more} more (use --json for all)`);
  }
  return lines.join('\n');
}
