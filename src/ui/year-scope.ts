import type {
  Course,
  Enrollment,
  GradingPeriod,
  School,
  SchoolYear,
  Section,
  SectionPlacement,
  Term,
} from '../api/entities.ts';
import { readMeta, type PortalDb } from '../data/db.ts';

/**
 * What the student record pages share: the picked school year, the school
 * of the picked enrollment, its terms and grading periods, and the
 * sections the student was placed in that year with course and teachers.
 */

export interface YearSection {
  section: Section;
  placement: SectionPlacement;
  course: Course | undefined;
  /** The course's title, or the section's name when the course is unknown. */
  title: string;
  term: Term | undefined;
  teachers: string[];
}

export interface YearScope {
  /** False until the first sync brought anything to this device. */
  synced: boolean;
  year: SchoolYear | undefined;
  enrollment: Enrollment | undefined;
  school: School | undefined;
  /** The school's terms of the year, earliest first. */
  terms: Term[];
  /** The school's grading periods of the year, earliest first. */
  gradingPeriods: GradingPeriod[];
  sections: YearSection[];
}

export interface YearQuery {
  studentId: number;
  schoolYearId: number | undefined;
  enrollmentId: number | undefined;
}

export const byId = <T extends { id: number }>(rows: readonly (T | undefined)[]) =>
  new Map(rows.filter((row): row is T => !!row).map((row) => [row.id, row]));

export const covers = (start: string | null, end: string | null, day: string) =>
  (start === null || start <= day) && (end === null || day <= end);

const byStart = (a: { startDate: string }, b: { startDate: string }) =>
  a.startDate.localeCompare(b.startDate);

export async function loadYearScope(db: PortalDb, query: YearQuery): Promise<YearScope> {
  const [lastSyncAt, year, enrollment] = await Promise.all([
    readMeta(db, 'lastSyncAt'),
    query.schoolYearId === undefined ? undefined : db.schoolYears.get(query.schoolYearId),
    query.enrollmentId === undefined ? undefined : db.enrollments.get(query.enrollmentId),
  ]);
  const empty: YearScope = {
    synced: lastSyncAt !== undefined,
    year,
    enrollment,
    school: undefined,
    terms: [],
    gradingPeriods: [],
    sections: [],
  };
  if (!year) return empty;

  // An enrollment of another year (a stale pick) must not narrow this one.
  const school = enrollment?.schoolYearId === year.id ? enrollment.schoolId : undefined;
  const inSchool = <T extends { schoolId: number }>(row: T) =>
    school === undefined || row.schoolId === school;
  const [terms, gradingPeriods, placements, schoolRow] = await Promise.all([
    db.terms.where('schoolYearId').equals(year.id).toArray(),
    db.gradingPeriods.where('schoolYearId').equals(year.id).toArray(),
    db.sectionPlacements.where('studentId').equals(query.studentId).toArray(),
    school === undefined ? undefined : db.schools.get(school),
  ]);
  const yearTerms = byId(terms.filter(inSchool));
  const sectionRows = byId(await db.sections.bulkGet(placements.map((p) => p.sectionId)));

  const placed = placements.flatMap((placement) => {
    const section = sectionRows.get(placement.sectionId);
    return section && yearTerms.has(section.termId) && inSchool(section)
      ? [{ placement, section }]
      : [];
  });
  const sectionIds = placed.map((p) => p.section.id);
  const [courses, links] = await Promise.all([
    db.courses.bulkGet([...new Set(placed.map((p) => p.section.courseId))]).then(byId),
    db.sectionStaff.where('sectionId').anyOf(sectionIds).toArray(),
  ]);
  const staff = byId(await db.staff.bulkGet([...new Set(links.map((l) => l.staffId))]));

  return {
    ...empty,
    school: schoolRow,
    terms: [...yearTerms.values()].sort(byStart),
    gradingPeriods: gradingPeriods
      .filter(inSchool)
      .sort((a, b) => byStart(a, b) || a.sequence - b.sequence),
    sections: placed.map(({ placement, section }) => {
      const course = courses.get(section.courseId);
      return {
        section,
        placement,
        course,
        title: course?.title ?? section.name ?? '',
        term: yearTerms.get(section.termId),
        teachers: links
          .filter((link) => link.sectionId === section.id)
          .map((link) => staff.get(link.staffId))
          .filter((person) => !!person)
          .map((person) => `${person.firstName} ${person.lastName}`),
      };
    }),
  };
}

/** The term that holds `day`, else the latest that started before it, else the first. */
export function termFor<T extends { startDate: string; endDate: string }>(
  terms: readonly T[],
  day: string,
): T | undefined {
  const sorted = [...terms].sort(byStart);
  const holding = sorted.filter((term) => covers(term.startDate, term.endDate, day));
  // Semesters and the whole-year term both hold a day: the shortest is the one meant.
  holding.sort((a, b) => span(a) - span(b));
  return holding[0] ?? sorted.filter((term) => term.startDate <= day).at(-1) ?? sorted[0];
}

const span = (term: { startDate: string; endDate: string }) =>
  Date.parse(term.endDate) - Date.parse(term.startDate);
