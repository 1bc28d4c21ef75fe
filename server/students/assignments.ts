import type { PortalDb } from '../db/database.ts';

export interface AssignmentFilter {
  section?: number | undefined;
  /** Due on or after, `YYYY-MM-DD`. */
  from?: string | undefined;
  /** Due on or before. */
  to?: string | undefined;
}

/** The assignments of a student's sections, each with the student's score. */
export async function studentAssignments(
  db: PortalDb,
  studentId: number,
  filter: AssignmentFilter,
) {
  let query = db
    .selectFrom('assignment as a')
    .innerJoin('sectionPlacement as sp', 'sp.sectionId', 'a.sectionId')
    .leftJoin('score as s', (join) =>
      join.onRef('s.assignmentId', '=', 'a.id').on('s.studentId', '=', studentId),
    )
    .select([
      'a.id', 'a.sectionId', 'a.gradingPeriodId', 'a.title', 'a.description',
      'a.category', 'a.assignedDate', 'a.dueDate', 'a.pointsPossible',
      's.id as scoreId', 's.points', 's.mark', 's.comment', 's.missing', 's.late',
      's.turnedIn', 's.dropped', 's.incomplete', 's.exempt', 's.scoredAt',
    ])
    .where('sp.studentId', '=', studentId);
  if (filter.section !== undefined) query = query.where('a.sectionId', '=', filter.section);
  if (filter.from !== undefined) query = query.where('a.dueDate', '>=', filter.from);
  if (filter.to !== undefined) query = query.where('a.dueDate', '<=', filter.to);
  const rows = await query.orderBy('a.dueDate').orderBy('a.id').execute();

  return rows.map((r) => ({
    id: r.id,
    sectionId: r.sectionId,
    gradingPeriodId: r.gradingPeriodId,
    title: r.title,
    description: r.description,
    category: r.category,
    assignedDate: r.assignedDate,
    dueDate: r.dueDate,
    pointsPossible: r.pointsPossible,
    score:
      r.scoreId === null
        ? null
        : {
            id: r.scoreId,
            assignmentId: r.id,
            studentId,
            points: r.points,
            mark: r.mark,
            comment: r.comment,
            missing: r.missing === 1,
            late: r.late === 1,
            turnedIn: r.turnedIn === 1,
            dropped: r.dropped === 1,
            incomplete: r.incomplete === 1,
            exempt: r.exempt === 1,
            scoredAt: r.scoredAt,
          },
  }));
}
