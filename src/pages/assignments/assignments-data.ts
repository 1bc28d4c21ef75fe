import type { Assignment, GradingPeriod, Score } from '../../api/entities.ts';
import type { PortalDb } from '../../data/db.ts';
import {
  byId,
  loadYearScope,
  type YearQuery,
  type YearScope,
  type YearSection,
} from '../../ui/year-scope.ts';

export interface AssignmentRow {
  assignment: Assignment;
  score: Score | undefined;
  section: YearSection;
}

export type AssignmentShow = 'all' | 'missing' | 'late';

/** What the list shows: one course (a section) or all, and which flags. */
export interface AssignmentFilter {
  sectionId: number | null;
  show: AssignmentShow;
}

export interface AssignmentsData {
  scope: YearScope;
  /** Every assignment of the student's sections this year, newest due date first. */
  rows: AssignmentRow[];
}

/** Reads the filter from the address; anything unknown means "all". */
export function parseFilter(params: URLSearchParams): AssignmentFilter {
  const course = Number(params.get('course'));
  const show = params.get('show');
  return {
    sectionId: Number.isInteger(course) && course > 0 ? course : null,
    show: show === 'missing' || show === 'late' ? show : 'all',
  };
}

export function filterAssignments(
  rows: readonly AssignmentRow[],
  filter: AssignmentFilter,
): AssignmentRow[] {
  return rows.filter(
    (row) =>
      (filter.sectionId === null || row.section.section.id === filter.sectionId) &&
      (filter.show === 'all' || row.score?.[filter.show] === true),
  );
}

/** Latest due date first; undated work after dated work; then by title. */
export function byDueDate(a: AssignmentRow, b: AssignmentRow): number {
  const due = (row: AssignmentRow) => row.assignment.dueDate ?? '';
  return due(b).localeCompare(due(a)) || a.assignment.title.localeCompare(b.assignment.title);
}

/** The courses to filter by, in title order; a course taught in two terms appears twice. */
export function courseOptions(sections: readonly YearSection[]) {
  return [...sections]
    .sort((a, b) => a.title.localeCompare(b.title) || a.section.termId - b.section.termId)
    .map((s) => ({ sectionId: s.section.id, title: s.title, term: s.term?.name ?? '' }));
}

export async function loadAssignments(db: PortalDb, query: YearQuery): Promise<AssignmentsData> {
  const scope = await loadYearScope(db, query);
  const sections = new Map(scope.sections.map((s) => [s.section.id, s]));
  const assignments = await db.assignments.where('sectionId').anyOf([...sections.keys()]).toArray();
  const scores = await db.scores
    .where('[studentId+assignmentId]')
    .anyOf(assignments.map((a) => [query.studentId, a.id]))
    .toArray();
  const scoreOf = new Map(scores.map((score) => [score.assignmentId, score]));
  const rows = assignments.flatMap((assignment) => {
    const section = sections.get(assignment.sectionId);
    return section ? [{ assignment, score: scoreOf.get(assignment.id), section }] : [];
  });
  return { scope, rows: rows.sort(byDueDate) };
}

export interface AssignmentDetail {
  synced: boolean;
  /** Undefined when the assignment is not on this device or not of this student. */
  row: AssignmentRow | undefined;
  gradingPeriod: GradingPeriod | undefined;
}

/** One assignment, only if it belongs to a section the student is placed in. */
export async function loadAssignment(
  db: PortalDb,
  query: { studentId: number; assignmentId: number },
): Promise<AssignmentDetail> {
  const assignment = await db.assignments.get(query.assignmentId);
  const [placements, meta] = await Promise.all([
    db.sectionPlacements.where('studentId').equals(query.studentId).toArray(),
    db.meta.get('lastSyncAt'),
  ]);
  const synced = meta !== undefined;
  const placement = placements.find((p) => p.sectionId === assignment?.sectionId);
  if (!assignment || !placement) return { synced, row: undefined, gradingPeriod: undefined };

  const section = await db.sections.get(assignment.sectionId);
  if (!section) return { synced, row: undefined, gradingPeriod: undefined };
  const [course, term, links, score, gradingPeriod] = await Promise.all([
    db.courses.get(section.courseId),
    db.terms.get(section.termId),
    db.sectionStaff.where('sectionId').equals(section.id).toArray(),
    db.scores.where('[studentId+assignmentId]').equals([query.studentId, assignment.id]).first(),
    assignment.gradingPeriodId === null ? undefined : db.gradingPeriods.get(assignment.gradingPeriodId),
  ]);
  const staff = byId(await db.staff.bulkGet(links.map((l) => l.staffId)));
  return {
    synced,
    gradingPeriod,
    row: {
      assignment,
      score,
      section: {
        section,
        placement,
        course,
        title: course?.title ?? section.name ?? '',
        term,
        teachers: [...staff.values()].map((p) => `${p.firstName} ${p.lastName}`),
      },
    },
  };
}
