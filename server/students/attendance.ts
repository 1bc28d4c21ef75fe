import type { PortalDb } from '../db/database.ts';
import type { SchoolYearRow } from './school-years.ts';


function emptyTally() {
  return { excused: 0, unexcused: 0, unknown: 0, total: 0 };
}

/**
 * A student's attendance in a school year: every event, and per term the
 * absences and tardies by excuse. Totals count day-level events (no
 * section); an event counts in the term it names, or else in every term
 * of its school whose dates hold it.
 */
export async function studentAttendance(
  db: PortalDb,
  studentId: number,
  year: SchoolYearRow,
) {
  const [events, terms] = await Promise.all([
    db
      .selectFrom('attendanceEvent')
      .select([
        'id', 'studentId', 'schoolId', 'sectionId', 'termId', 'date', 'category',
        'excuse', 'code', 'comment', 'arrivalTime', 'departureTime', 'minutes',
        'dayFraction',
      ])
      .where('studentId', '=', studentId)
      .where('date', '>=', year.startDate)
      .where('date', '<=', year.endDate)
      .orderBy('date', 'desc')
      .orderBy('id')
      .execute(),
    db
      .selectFrom('term as t')
      .innerJoin('enrollment as e', (join) =>
        join
          .onRef('e.schoolId', '=', 't.schoolId')
          .onRef('e.schoolYearId', '=', 't.schoolYearId'),
      )
      .select([
        't.id', 't.schoolId', 't.schoolYearId', 't.name', 't.kind', 't.startDate', 't.endDate',
      ])
      .where('e.studentId', '=', studentId)
      .where('t.schoolYearId', '=', year.id)
      .orderBy('t.startDate')
      .execute(),
  ]);

  const totals = terms.map((term) => {
    const absences = emptyTally();
    const tardies = emptyTally();
    for (const event of events) {
      if (event.sectionId !== null) continue;
      const inTerm =
        event.termId !== null
          ? event.termId === term.id
          : event.schoolId === term.schoolId &&
            term.startDate <= event.date &&
            event.date <= term.endDate;
      if (!inTerm) continue;
      const tally =
        event.category === 'absence' ? absences : event.category === 'tardy' ? tardies : null;
      if (!tally) continue;
      tally[event.excuse] += 1;
      tally.total += 1;
    }
    return { term, absences, tardies };
  });
  return { schoolYear: year, events, terms: totals };
}
