import type { Grade, GradingPeriod, Term } from '../../api/entities.ts';
import type { PortalDb } from '../../data/db.ts';
import {
  loadYearScope,
  type YearQuery,
  type YearScope,
  type YearSection,
} from '../../ui/year-scope.ts';

export interface GradeRow {
  grade: Grade;
  section: YearSection;
}

export interface PeriodGroup {
  /** Undefined for grades of the whole term (no grading period). */
  period: GradingPeriod | undefined;
  rows: GradeRow[];
}

export interface TermGroup {
  term: Term | undefined;
  periods: PeriodGroup[];
}

export interface GradesData {
  scope: YearScope;
  /** False for a school without an online gradebook: posted grades of completed terms only. */
  usesGradebook: boolean;
  groups: TermGroup[];
}

/**
 * Which grades a family sees: with a gradebook, in-progress and posted
 * grades; without one, only posted grades of a grading period (else a
 * term) that has ended.
 */
export function visibleGrades(
  rows: readonly GradeRow[],
  usesGradebook: boolean,
  today: string,
  periods: readonly GradingPeriod[],
): GradeRow[] {
  if (usesGradebook) return [...rows];
  const periodEnd = new Map(periods.map((p) => [p.id, p.endDate]));
  return rows.filter((row) => {
    const { gradingPeriodId, status } = row.grade;
    const end =
      (gradingPeriodId === null ? undefined : periodEnd.get(gradingPeriodId)) ??
      row.section.term?.endDate;
    return status === 'posted' && end !== undefined && end < today;
  });
}

const latestFirst = (a?: { startDate: string }, b?: { startDate: string }) =>
  (b?.startDate ?? '').localeCompare(a?.startDate ?? '');

/**
 * Grades by term, then grading period, latest first; in each, by course
 * then task. A grading period's own term wins over the section's, so the
 * quarters of a year-long course sit with the other courses' quarters.
 */
export function groupGrades(
  rows: readonly GradeRow[],
  periods: readonly GradingPeriod[],
  allTerms: readonly Term[],
): TermGroup[] {
  const periodOf = new Map(periods.map((p) => [p.id, p]));
  const termOf = new Map(allTerms.map((t) => [t.id, t]));
  const terms = new Map<number | undefined, TermGroup>();
  for (const row of rows) {
    const { gradingPeriodId } = row.grade;
    const period = gradingPeriodId === null ? undefined : periodOf.get(gradingPeriodId);
    const term = (period?.termId ? termOf.get(period.termId) : undefined) ?? row.section.term;
    const group = terms.get(term?.id) ?? { term, periods: [] };
    terms.set(term?.id, group);
    let periodGroup = group.periods.find((p) => p.period?.id === period?.id);
    if (!periodGroup) {
      periodGroup = { period, rows: [] };
      group.periods.push(periodGroup);
    }
    periodGroup.rows.push(row);
  }
  const groups = [...terms.values()].sort((a, b) => latestFirst(a.term, b.term));
  for (const group of groups) {
    // Whole-term grades (no period) lead their term: they sum up the periods.
    group.periods.sort((a, b) =>
      a.period === undefined ? -1 : b.period === undefined ? 1 : latestFirst(a.period, b.period) ||
        b.period.sequence - a.period.sequence,
    );
    for (const period of group.periods) {
      period.rows.sort(
        (a, b) =>
          a.section.title.localeCompare(b.section.title) ||
          statusOrder(a.grade) - statusOrder(b.grade) ||
          a.grade.task.localeCompare(b.grade.task),
      );
    }
  }
  return groups;
}

const statusOrder = (grade: Grade) => (grade.status === 'in_progress' ? 0 : 1);

export async function loadGrades(
  db: PortalDb,
  query: YearQuery & { today: string },
): Promise<GradesData> {
  const scope = await loadYearScope(db, query);
  const sections = new Map(scope.sections.map((s) => [s.section.id, s]));
  const grades = await db.grades.where('studentId').equals(query.studentId).toArray();
  const rows = grades.flatMap((grade) => {
    const section = sections.get(grade.sectionId);
    return section ? [{ grade, section }] : [];
  });
  const usesGradebook = scope.school?.usesGradebook ?? true;
  return {
    scope,
    usesGradebook,
    groups: groupGrades(
      visibleGrades(rows, usesGradebook, query.today, scope.gradingPeriods),
      scope.gradingPeriods,
      scope.terms,
    ),
  };
}
