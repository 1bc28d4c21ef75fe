import type SQLite from 'better-sqlite3';
import type { ImportReport } from '../report.ts';
import { importedTables, type ImportedTable } from '../tables.ts';
import { prepareUpsert, type Row, type UpsertResult } from '../upsert.ts';
import type { CsvRow } from './csv.ts';
import { SkipRow } from './values.ts';

/** An academic session as academicSessions.csv (or an earlier import) has it. */
export interface Session {
  sourcedId: string;
  title: string;
  /** schoolYear, semester, term, gradingPeriod, or a district's own type. */
  type: string;
  startDate: string;
  endDate: string;
  parentSourcedId: string | null;
  /** "2022-2023". */
  schoolYear: string;
}

export interface TermRef {
  id: number;
  schoolId: number;
  schoolYearId: number;
}

export interface SectionRef {
  id: number;
  schoolId: number;
  termId: number;
}

export interface OneRosterOptions {
  /** The district's name, for an export without a district org. */
  district?: string;
  /** IANA time zone for a new district. */
  timeZone?: string;
  /** Called as bytes are read, for a progress bar. */
  onProgress?: (bytesRead: number, bytesTotal: number) => void;
}

/**
 * What the mapping of one file needs: the database, the report, and the
 * ids of what earlier files (or earlier imports) made, by sourcedId.
 * OneRoster sourcedIds are unique across a whole export, so sections,
 * courses and people are found by sourcedId alone; terms and grading
 * periods belong to a school in the portal, so those maps are keyed
 * `${schoolId}|${sourcedId}`.
 */
export class OneRosterContext {
  districtId: number | null = null;
  /** The file being read, as the skip report names it. */
  file = '';

  readonly schools = new Map<string, number>();
  readonly sessions = new Map<string, Session>();
  readonly schoolYears = new Map<string, number>();
  readonly terms = new Map<string, TermRef>();
  readonly gradingPeriods = new Map<string, number>();
  readonly courses = new Map<string, number>();
  readonly sections = new Map<string, SectionRef>();
  readonly students = new Map<string, number>();
  readonly guardians = new Map<string, number>();
  readonly staff = new Map<string, number>();
  readonly assignments = new Map<string, SectionRef & { assignmentId: number }>();
  /** Category sourcedId to its title, which assignments show. */
  readonly categories = new Map<string, string>();
  /** A term's school year, for the ties of its students. */
  readonly termYears = new Map<number, number>();
  /** Rows this run has read, by what they are about, to catch a second row for the same. */
  readonly #seen = new Map<string, string>();
  /** Records left out, `${kind} ${sourcedId}` to "file:line", to say why a reference fails. */
  readonly skippedIds = new Map<string, string>();

  /** A student's school (and year, when known), for the inferred enrollments. */
  readonly schoolTies = new Map<
    string,
    { studentId: number; schoolId: number; schoolYearId: number | null }
  >();

  readonly #upserts = new Map<string, (row: Row) => UpsertResult>();
  readonly #statements = new Map<string, SQLite.Statement>();

  constructor(
    readonly sqlite: SQLite.Database,
    readonly report: ImportReport,
    readonly options: OneRosterOptions,
  ) {}

  get district(): number {
    if (this.districtId === null) throw new SkipRow('no district yet');
    return this.districtId;
  }

  /** Inserts or updates one row by its natural key; counts the outcome. */
  write(table: ImportedTable, row: Row): number {
    let upsert = this.#upserts.get(table);
    if (!upsert) {
      upsert = prepareUpsert(this.sqlite, table, importedTables[table]);
      this.#upserts.set(table, upsert);
    }
    const result = upsert(row);
    this.report.row(result.outcome);
    return result.id;
  }

  /** Deletes the row a delta export marks tobedeleted; the trigger leaves a tombstone. */
  remove(table: ImportedTable, key: Record<string, number>): number {
    const where = Object.keys(key).map((column) => `${column} = @${column}`).join(' AND ');
    const { changes } = this.statement<[Record<string, number>], unknown>(
      `DELETE FROM ${table} WHERE ${where}`,
    ).run(key);
    this.report.removed += changes;
    return changes;
  }

  /** A prepared statement, compiled once per import. */
  statement<P extends unknown[], R>(sql: string): SQLite.Statement<P, R> {
    let prepared = this.#statements.get(sql);
    if (!prepared) {
      prepared = this.sqlite.prepare(sql);
      this.#statements.set(sql, prepared);
    }
    return prepared as SQLite.Statement<P, R>;
  }

  /**
   * Maps one row; a row that cannot be imported is reported with its file,
   * line and reason, and remembered by `what` so that rows naming it can
   * say why they fail too.
   */
  attempt(row: CsvRow, handle: () => void, what?: string): void {
    try {
      handle();
    } catch (error) {
      const reason =
        error instanceof SkipRow
          ? error.message
          : `could not be written: ${error instanceof Error ? error.message : String(error)}`;
      this.skip(row, reason, what);
    }
  }

  skip(row: CsvRow, reason: string, what?: string): void {
    this.report.skip(this.file, row.line, reason);
    if (what) this.skippedIds.set(what, `${this.file}:${row.line}`);
  }

  /**
   * Refuses a second row about the same record in one export: with
   * different values, the two would undo each other on every import.
   */
  once(row: CsvRow, key: string): void {
    const first = this.#seen.get(key);
    if (first) throw new SkipRow(`a second row for ${key} (the first is ${first})`);
    this.#seen.set(key, `${this.file}:${row.line}`);
  }

  /** The reason a reference fails: unknown, or skipped where it was read. */
  unknown(kind: string, sourcedId: string): SkipRow {
    const where = this.skippedIds.get(`${kind} ${sourcedId}`);
    return new SkipRow(
      where ? `${kind} ${sourcedId} was skipped (${where})` : `unknown ${kind} ${sourcedId}`,
    );
  }

  /** A school year's id; one that no session spans is made July to June. */
  schoolYear(name: string, start?: string, end?: string): number {
    const known = this.schoolYears.get(name);
    if (known !== undefined && start === undefined) return known;
    if (known === undefined && start === undefined) this.report.infer('schoolYears');
    const [first, second] = name.split('-');
    const id = this.write('school_year', {
      district_id: this.district,
      name,
      start_date: start ?? `${first}-07-01`,
      end_date: end ?? `${second}-06-30`,
    });
    this.schoolYears.set(name, id);
    return id;
  }

  school(sourcedId: string | null): number {
    if (sourcedId === null) throw new SkipRow('no school');
    const id = this.schools.get(sourcedId);
    if (id === undefined) throw this.unknown('org', sourcedId);
    return id;
  }

  section(sourcedId: string): SectionRef {
    const section = this.sections.get(sourcedId);
    if (!section) throw this.unknown('class', sourcedId);
    return section;
  }

  student(sourcedId: string): number {
    const id = this.students.get(sourcedId);
    if (id === undefined) {
      const other = this.staff.has(sourcedId) || this.guardians.has(sourcedId);
      if (other) throw new SkipRow(`user ${sourcedId} is not a student`);
      throw this.unknown('user', sourcedId);
    }
    return id;
  }

  /** Remembers that a student belongs to a school (in a year, when known). */
  tieToSchool(studentId: number, schoolId: number, schoolYearId: number | null): void {
    this.schoolTies.set(`${studentId}|${schoolId}|${schoolYearId ?? ''}`, {
      studentId,
      schoolId,
      schoolYearId,
    });
  }

  /** Loads what earlier imports made, so a delta export can refer to it. */
  loadExisting(): void {
    const district = this.district;
    const all = <T>(sql: string) => this.sqlite.prepare<[number], T>(sql).all(district);
    const ids = (table: string, map: Map<string, number>) => {
      for (const r of all<{ id: number; source_id: string }>(
        `SELECT id, source_id FROM ${table} WHERE district_id = ?`,
      )) {
        map.set(r.source_id, r.id);
      }
    };
    ids('school', this.schools);
    ids('course', this.courses);
    ids('student', this.students);
    ids('guardian', this.guardians);
    ids('staff', this.staff);
    for (const r of all<{ id: number; name: string }>(
      'SELECT id, name FROM school_year WHERE district_id = ?',
    )) {
      this.schoolYears.set(r.name, r.id);
    }
    for (const r of all<TermRef & { source_id: string }>(
      `SELECT id, school_id AS schoolId, school_year_id AS schoolYearId, source_id
       FROM term WHERE district_id = ?`,
    )) {
      const { source_id: source, ...term } = r;
      this.terms.set(`${term.schoolId}|${source}`, term);
      this.termYears.set(term.id, term.schoolYearId);
    }
    for (const r of all<{ id: number; key: string }>(
      "SELECT id, school_id || '|' || source_id AS key FROM grading_period WHERE district_id = ?",
    )) {
      this.gradingPeriods.set(r.key, r.id);
    }
    for (const r of all<SectionRef & { source_id: string }>(
      `SELECT id, school_id AS schoolId, term_id AS termId, source_id
       FROM section WHERE district_id = ?`,
    )) {
      const { source_id: source, ...section } = r;
      this.sections.set(source, section);
    }
    for (const r of all<SectionRef & { assignmentId: number; source_id: string }>(
      `SELECT a.id AS assignmentId, a.source_id, s.id, s.school_id AS schoolId,
         s.term_id AS termId
       FROM assignment a JOIN section s ON s.id = a.section_id
       WHERE a.district_id = ?`,
    )) {
      const { source_id: source, ...assignment } = r;
      this.assignments.set(source, assignment);
    }
  }
}
