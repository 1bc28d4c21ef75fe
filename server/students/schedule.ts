import type { PortalDb } from '../db/database.ts';
import { ApiProblem } from '../http/errors.ts';

const termColumns = [
  't.id', 't.schoolId', 't.schoolYearId', 't.name', 't.kind', 't.startDate', 't.endDate',
] as const;

/** The terms of the sections a student is placed in, latest first. */
function studentTerms(db: PortalDb, studentId: number) {
  return db
    .selectFrom('term as t')
    .select(termColumns)
    .where('t.id', 'in', (eb) =>
      eb
        .selectFrom('sectionPlacement as sp')
        .innerJoin('section as s', 's.id', 'sp.sectionId')
        .select('s.termId')
        .where('sp.studentId', '=', studentId),
    )
    .orderBy('t.startDate', 'desc')
    .orderBy('t.endDate')
    .execute();
}

/**
 * A student's schedule for a term: the term asked for, or the current one
 * (the most specific term holding today), or the latest. Sections of terms
 * that overlap it count too, so a year-long class shows in each semester.
 */
export async function studentSchedule(
  db: PortalDb,
  studentId: number,
  asked: number | undefined,
  today: string,
) {
  const terms = await studentTerms(db, studentId);
  let term = terms[0];
  if (asked !== undefined) {
    term = terms.find((t) => t.id === asked);
    if (!term) throw new ApiProblem(404, 'not_found', 'No such term for this student.');
  } else {
    term = terms.find((t) => t.startDate <= today && today <= t.endDate) ?? term;
  }
  if (!term) return { term: null, sections: [] };

  const sections = await db
    .selectFrom('sectionPlacement as sp')
    .innerJoin('section as s', 's.id', 'sp.sectionId')
    .innerJoin('term as t', 't.id', 's.termId')
    .innerJoin('course as c', 'c.id', 's.courseId')
    .select([
      's.id', 's.schoolId', 's.courseId', 's.termId', 's.name', 's.room',
      'c.code as courseCode', 'c.title as courseTitle', 'c.subject as courseSubject',
      'c.schoolId as courseSchoolId',
    ])
    .where('sp.studentId', '=', studentId)
    .where('t.schoolYearId', '=', term.schoolYearId)
    .where('t.startDate', '<=', term.endDate)
    .where('t.endDate', '>=', term.startDate)
    .execute();
  const sectionIds = sections.map((s) => s.id);
  if (sectionIds.length === 0) return { term, sections: [] };

  const [periods, teachers] = await Promise.all([
    db
      .selectFrom('sectionPeriod as sp')
      .innerJoin('period as p', 'p.id', 'sp.periodId')
      .select([
        'sp.sectionId', 'p.id', 'p.schoolId', 'p.name', 'p.sequence', 'p.startTime',
        'p.endTime', 'sp.days',
      ])
      .where('sp.sectionId', 'in', sectionIds)
      .orderBy('p.sequence')
      .execute(),
    db
      .selectFrom('sectionStaff as ss')
      .innerJoin('staff as st', 'st.id', 'ss.staffId')
      .select([
        'ss.sectionId', 'ss.role', 'st.id', 'st.firstName', 'st.lastName', 'st.title', 'st.email',
      ])
      .where('ss.sectionId', 'in', sectionIds)
      .orderBy('st.lastName')
      .execute(),
  ]);

  const scheduled = sections.map((s) => {
    const { courseCode, courseTitle, courseSubject, courseSchoolId, ...section } = s;
    return {
      ...section,
      course: {
        id: s.courseId,
        schoolId: courseSchoolId,
        code: courseCode,
        title: courseTitle,
        subject: courseSubject,
      },
      periods: periods
        .filter((p) => p.sectionId === s.id)
        .map(({ sectionId: _, ...period }) => period),
      teachers: teachers
        .filter((t) => t.sectionId === s.id)
        .map(({ sectionId: _, ...teacher }) => teacher),
    };
  });
  const firstSequence = (s: (typeof scheduled)[number]) =>
    s.periods[0]?.sequence ?? Number.MAX_SAFE_INTEGER;
  scheduled.sort((a, b) => firstSequence(a) - firstSequence(b) || a.id - b.id);
  return { term, sections: scheduled };
}
