import type { Transaction } from 'kysely';
import type { Database } from '../db/schema.ts';
import { addDocument } from '../documents/store.ts';
import { renderReportCard, type ReportCardLine } from '../documents/report-card-pdf.ts';

/**
 * A report card PDF for each demo student and school year with posted
 * grades, made from those grades, so Report Cards has something to open.
 */
export async function addDemoReportCards(
  trx: Transaction<Database>,
  districtId: number,
  now: Date,
): Promise<number> {
  const district = await trx
    .selectFrom('district')
    .select('name')
    .where('id', '=', districtId)
    .executeTakeFirstOrThrow();
  const grades = await trx
    .selectFrom('grade as g')
    .innerJoin('student as s', 's.id', 'g.studentId')
    .innerJoin('section as sec', 'sec.id', 'g.sectionId')
    .innerJoin('course as c', 'c.id', 'sec.courseId')
    .innerJoin('term as t', 't.id', 'sec.termId')
    .innerJoin('schoolYear as y', 'y.id', 't.schoolYearId')
    .innerJoin('school as sc', 'sc.id', 'sec.schoolId')
    .leftJoin('gradingPeriod as p', 'p.id', 'g.gradingPeriodId')
    .select([
      'g.studentId', 's.firstName', 's.lastName', 'y.id as yearId', 'y.name as year',
      'sc.name as school', 'p.name as period', 'p.endDate as periodEnd', 'g.task', 'c.title',
      'g.mark', 'g.percent', 'g.comment', 't.endDate as termEnd',
    ])
    .where('g.districtId', '=', districtId)
    .where('g.status', '=', 'posted')
    .orderBy('g.studentId')
    .orderBy('y.startDate')
    .execute();

  const cards = new Map<string, typeof grades>();
  for (const grade of grades) {
    const key = `${grade.studentId}:${grade.yearId}`;
    cards.set(key, [...(cards.get(key) ?? []), grade]);
  }
  let made = 0;
  for (const rows of cards.values()) {
    const first = rows[0];
    if (!first) continue;
    const lines: ReportCardLine[] = rows
      .map((row) => ({
        order: row.periodEnd ?? row.termEnd,
        period: periodLabel(row.task, row.period),
        course: row.title,
        grade: row.mark ?? (row.percent === null ? '' : `${Math.round(row.percent)}%`),
        comment: row.comment,
      }))
      .sort((a, b) =>
        a.order.localeCompare(b.order) || a.period.localeCompare(b.period) ||
        a.course.localeCompare(b.course))
      .map(({ order: _order, ...line }) => line);
    const content = await renderReportCard({
      district: district.name,
      school: first.school,
      student: `${first.firstName} ${first.lastName}`,
      schoolYear: first.year,
      lines,
      madeAt: now,
    });
    await addDocument(trx, {
      districtId,
      studentId: first.studentId,
      schoolYearId: first.yearId,
      kind: 'report_card',
      title: `Report card ${first.year}`,
      fileName: `report-card-${first.year}-${first.firstName}-${first.lastName}.pdf`,
      content,
      now,
    });
    made += 1;
  }
  return made;
}

/** A semester grade is filed under its last quarter: its task tells them apart. */
function periodLabel(task: string, period: string | null): string {
  if (period && task === 'Quarter Grade') return period;
  return period ? `${task} (${period})` : task;
}
