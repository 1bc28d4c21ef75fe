import type SQLite from 'better-sqlite3';
import type { ImportReport } from '../report.ts';
import { importedTables, type ImportedTable } from '../tables.ts';
import { prepareUpsert, type Row, type UpsertResult } from '../upsert.ts';
import type { XmlElement } from './reader.ts';
import {
  sectionOf,
  sectionSourceId,
  SkipRecord,
  termSourceId,
  type SessionKey,
} from './references.ts';

export interface TermRef {
  id: number;
  schoolId: number;
  schoolYearId: number;
  startDate: string;
  endDate: string;
}

export interface SectionRef {
  id: number;
  schoolId: number;
  termId: number;
}

/** A problem with the import as a whole, said to the person running it. */
export class ImportError extends Error {}

export interface SchoolTie {
  studentId: number;
  schoolId: number;
  schoolYearId: number;
}

export interface ImportOptions {
  /** IANA time zone for a new district, instead of the one from its state. */
  timeZone?: string;
  /**
   * The export is complete: remove links, memberships, scores and events
   * of the district that it no longer has (see prune.ts).
   */
  prune?: boolean;
  /** Called as bytes are read, for a progress bar. */
  onProgress?: (bytesRead: number, bytesTotal: number) => void;
}

/**
 * What the importer of one interchange needs: the database, the report,
 * and the ids of what earlier records (of this run or of earlier imports)
 * made, by natural key. Maps keyed per school use `${schoolId}|${sourceId}`.
 */
export class ImportContext {
  districtId: number | null = null;
  districtSourceId: string | null = null;
  /** The file being read, as the skip report names it. */
  file = '';

  readonly schools = new Map<string, number>();
  readonly schoolYears = new Map<string, number>();
  readonly terms = new Map<string, TermRef>();
  readonly termsById = new Map<number, TermRef>();
  readonly gradingPeriods = new Map<string, number>();
  readonly calendars = new Map<string, number>();
  readonly periods = new Map<string, number>();
  readonly courses = new Map<string, number>();
  /** `${schoolId}|${termSourceId}|${localCourseCode}` to a course id. */
  readonly courseOfferings = new Map<string, number>();
  readonly staff = new Map<string, number>();
  readonly sections = new Map<string, SectionRef>();
  readonly students = new Map<string, number>();
  readonly guardians = new Map<string, number>();
  readonly assignments = new Map<string, SectionRef & { assignmentId: number }>();

  /** Student ties to a school in a year, for the inferred enrollments. */
  readonly schoolTies = new Map<string, SchoolTie>();
  /** Student ties to a section, for the inferred section placements. */
  readonly sectionTies = new Map<string, { studentId: number; section: SectionRef }>();

  /** Ids of the rows this import wrote or found unchanged, by table. */
  readonly written = new Map<ImportedTable, Set<number>>();

  readonly #upserts = new Map<string, (row: Row) => UpsertResult>();
  readonly #statements = new Map<string, SQLite.Statement>();

  constructor(
    readonly sqlite: SQLite.Database,
    readonly report: ImportReport,
    readonly options: ImportOptions,
  ) {}

  get district(): number {
    if (this.districtId === null) throw new SkipRecord('no district yet');
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
    let written = this.written.get(table);
    if (!written) this.written.set(table, (written = new Set()));
    written.add(result.id);
    return result.id;
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
   * Runs a record's handler; a record that cannot be imported is reported
   * with its file and line, and the import goes on with the next one.
   */
  attempt(record: XmlElement, handle: () => void): void {
    try {
      handle();
    } catch (error) {
      const reason =
        error instanceof SkipRecord
          ? error.message
          : `could not be written: ${error instanceof Error ? error.message : String(error)}`;
      this.report.skip(this.file, record.line, reason);
    }
  }

  /** A school year's id; one that no session named is made July to June. */
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

  school(sourceId: string | null): number {
    if (sourceId === null) throw new SkipRecord('no school');
    const id = this.schools.get(sourceId);
    if (id === undefined) throw new SkipRecord(`unknown school ${sourceId}`);
    return id;
  }

  term(session: SessionKey | null): TermRef {
    if (session === null) throw new SkipRecord('no session');
    const schoolId = this.school(session.schoolId);
    const source = termSourceId(session.schoolYear, session.sessionName);
    const term = this.terms.get(`${schoolId}|${source}`);
    if (!term) {
      const { sessionName, schoolId: school } = session;
      throw new SkipRecord(`unknown session "${sessionName}" of school ${school}`);
    }
    return term;
  }

  /** The section a SectionReference names. */
  section(reference: XmlElement | undefined): SectionRef {
    const key = sectionOf(reference);
    if (!key) throw new SkipRecord('no SectionReference');
    const schoolId = this.school(key.session.schoolId);
    const section = this.sections.get(`${schoolId}|${sectionSourceId(key)}`);
    if (!section) throw new SkipRecord(`unknown section ${key.sectionIdentifier}`);
    return section;
  }

  student(sourceId: string | null): number {
    if (sourceId === null) throw new SkipRecord('no student');
    const id = this.students.get(sourceId);
    if (id === undefined) throw new SkipRecord(`unknown student ${sourceId}`);
    return id;
  }

  /** Remembers that a student belongs to a school in a year. */
  tieToSchool(studentId: number, schoolId: number, schoolYearId: number): void {
    this.schoolTies.set(`${studentId}|${schoolId}|${schoolYearId}`, {
      studentId,
      schoolId,
      schoolYearId,
    });
  }

  tieToSection(studentId: number, section: SectionRef): void {
    this.sectionTies.set(`${studentId}|${section.id}`, { studentId, section });
    const term = this.termsById.get(section.termId);
    if (term) this.tieToSchool(studentId, section.schoolId, term.schoolYearId);
  }

  addTerm(sourceId: string, term: TermRef): void {
    this.terms.set(`${term.schoolId}|${sourceId}`, term);
    this.termsById.set(term.id, term);
  }

  /** Without a LocalEducationAgency record, the district is the one already here. */
  useExistingDistrict(): void {
    const districts = this.sqlite
      .prepare<[], { id: number; source_id: string; name: string }>(
        'SELECT id, source_id, name FROM district',
      )
      .all();
    const [only] = districts;
    if (!only || districts.length > 1) {
      throw new ImportError(
        districts.length === 0
          ? 'the export has no district (LocalEducationAgency in EducationOrganization.xml) ' +
              'and the database has none: import the district first'
          : 'the export has no district (LocalEducationAgency in EducationOrganization.xml) ' +
              'and the database has several: include it',
      );
    }
    this.districtId = only.id;
    this.districtSourceId = only.source_id;
    this.report.district = only.name;
    this.loadExisting();
  }

  /** Loads what earlier imports made, so a partial export can refer to it. */
  loadExisting(): void {
    const district = this.district;
    const all = <T>(sql: string) => this.sqlite.prepare<[number], T>(sql).all(district);
    for (const r of all<{ id: number; source_id: string }>(
      'SELECT id, source_id FROM school WHERE district_id = ?',
    )) {
      this.schools.set(r.source_id, r.id);
    }
    for (const r of all<{ id: number; name: string }>(
      'SELECT id, name FROM school_year WHERE district_id = ?',
    )) {
      this.schoolYears.set(r.name, r.id);
    }
    for (const r of all<TermRef & { source_id: string }>(
      `SELECT id, school_id AS schoolId, school_year_id AS schoolYearId,
         start_date AS startDate, end_date AS endDate, source_id
       FROM term WHERE district_id = ?`,
    )) {
      const { source_id: source, ...term } = r;
      this.addTerm(source, term);
    }
    this.#loadIds('grading_period', this.gradingPeriods, true);
    this.#loadIds('calendar', this.calendars, true);
    this.#loadIds('period', this.periods, true);
    this.#loadIds('course', this.courses, false);
    this.#loadIds('staff', this.staff, false);
    this.#loadIds('student', this.students, false);
    this.#loadIds('guardian', this.guardians, false);
    for (const r of all<SectionRef & { source_id: string }>(
      `SELECT id, school_id AS schoolId, term_id AS termId, source_id
       FROM section WHERE district_id = ?`,
    )) {
      const { source_id: source, ...section } = r;
      this.sections.set(`${section.schoolId}|${source}`, section);
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

  #loadIds(table: string, map: Map<string, number>, perSchool: boolean): void {
    const key = perSchool ? "school_id || '|' || source_id" : 'source_id';
    const rows = this.sqlite
      .prepare<[number], { id: number; key: string }>(
        `SELECT id, ${key} AS key FROM ${table} WHERE district_id = ?`,
      )
      .all(this.district);
    for (const row of rows) map.set(row.key, row.id);
  }
}
