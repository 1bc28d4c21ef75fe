import { expect } from '@esm-bundle/chai';
import type { Term } from '../../../src/api/entities.ts';
import {
  byDueDate,
  filterAssignments,
  parseFilter,
  type AssignmentRow,
} from '../../../src/pages/assignments/assignments-data.ts';
import { monthMarks } from '../../../src/pages/calendar/calendar-data.ts';
import { groupGrades, visibleGrades, type GradeRow } from '../../../src/pages/grades/grades-data.ts';
import { meetingOn, sectionsInTerm, type ScheduleRow } from '../../../src/pages/schedule/schedule-data.ts';
import { activeFlags, scoreText } from '../../../src/ui/score-display.ts';
import type { YearSection } from '../../../src/ui/year-scope.ts';
import { termFor } from '../../../src/ui/year-scope.ts';
import { useLanguage } from '../helpers.ts';
import { recordChanges } from './record-fixture.ts';

const changes = recordChanges();
const term = (id: number) => changes.terms.find((t) => t.id === id)!;
const yearTerm: Term = { ...term(1), id: 9, name: 'Year', startDate: '2026-08-20', endDate: '2027-06-05' };

function section(id: number, termRow: Term, title = `Course ${id}`): YearSection {
  return {
    section: { id, schoolId: 1, courseId: id, termId: termRow.id, name: null, room: null },
    placement: { id, studentId: 11, sectionId: id, startDate: null, endDate: null },
    course: undefined,
    title,
    term: termRow,
    teachers: [],
  };
}

describe('record data', () => {
  before(() => useLanguage('en'));

  it('picks the shortest term holding a day, else the latest begun, else the first', () => {
    const terms = [yearTerm, term(1), term(2)];
    expect(termFor(terms, '2026-12-03')?.name).to.equal('Fall');
    expect(termFor(terms, '2026-12-25')?.name).to.equal('Year');
    expect(termFor([term(1), term(2)], '2026-12-25')?.name).to.equal('Fall');
    expect(termFor([term(1), term(2)], '2027-08-01')?.name).to.equal('Spring');
    expect(termFor([term(1), term(2)], '2020-01-01')?.name).to.equal('Fall');
    expect(termFor([], '2026-12-03')).to.equal(undefined);
  });

  it('puts a year-long course in each term it overlaps, and meets it on its weekdays', () => {
    const sections = [section(1, term(1)), section(2, term(2)), section(3, yearTerm)];
    expect(sectionsInTerm(sections, term(2)).map((s) => s.section.id)).to.deep.equal([2, 3]);
    const row = (days: string, period: string | null): ScheduleRow => ({
      sectionId: 1, title: 'x', period, sequence: 1, startTime: null, endTime: null, days,
      room: null, teachers: [], term: undefined,
    });
    // 2026-12-03 is a Thursday (4): unknown days might meet, period-less rows never show.
    expect(meetingOn([row('135', '1'), row('4', '2'), row('', '3'), row('4', null)], '2026-12-03')
      .map((r) => r.period)).to.deep.equal(['2', '3']);
  });

  it('reads points with a percent, bare points, or the mark', () => {
    expect(scoreText({ points: 18, mark: null }, 20)).to.deep.equal({
      points: '18 / 20', percent: '90%', mark: null,
    });
    expect(scoreText({ points: 3.5, mark: 'P' }, null)).to.deep.equal({
      points: '3.5', percent: null, mark: 'P',
    });
    expect(scoreText({ points: 2, mark: null }, 0).percent).to.equal(null);
    expect(scoreText(undefined, 20).points).to.equal(null);
    const flags = { missing: true, late: true, turnedIn: false, dropped: true, incomplete: false, exempt: false };
    expect(activeFlags(flags)).to.deep.equal(['missing', 'late', 'dropped']);
  });

  it('filters assignments by course and flag, ignoring nonsense in the address', () => {
    expect(parseFilter(new URLSearchParams('course=abc&show=everything'))).to.deep.equal({
      sectionId: null, show: 'all',
    });
    expect(parseFilter(new URLSearchParams('course=3&show=late'))).to.deep.equal({
      sectionId: 3, show: 'late',
    });
    const sections = [section(1, term(1)), section(2, term(1))];
    const rows: AssignmentRow[] = changes.assignments
      .filter((a) => a.sectionId <= 2)
      .map((assignment) => ({
        assignment,
        score: changes.scores.find((s) => s.assignmentId === assignment.id),
        section: sections[assignment.sectionId - 1]!,
      }))
      .sort(byDueDate);
    expect(rows.map((r) => r.assignment.dueDate)).to.deep.equal([
      '2026-12-10', '2026-12-03', '2026-11-30', '2026-11-24',
    ]);
    expect(filterAssignments(rows, { sectionId: 1, show: 'all' }).map((r) => r.assignment.id))
      .to.deep.equal([1, 5]);
    expect(filterAssignments(rows, { sectionId: null, show: 'late' }).map((r) => r.assignment.id))
      .to.deep.equal([5]);
  });

  it('groups grades by the grading period’s term, latest period first', () => {
    const math = section(1, yearTerm, 'Math');
    const rows: GradeRow[] = changes.grades.map((grade) => ({ grade, section: math }));
    const groups = groupGrades(rows, changes.gradingPeriods, changes.terms);
    expect(groups.map((g) => g.term?.name)).to.deep.equal(['Fall']);
    expect(groups[0]!.periods.map((p) => p.period?.name)).to.deep.equal(['Quarter 2', 'Quarter 1']);
    expect(visibleGrades(rows, false, '2026-12-03', changes.gradingPeriods).map((r) => r.grade.id))
      .to.deep.equal([2]);
    expect(visibleGrades(rows, true, '2026-12-03', changes.gradingPeriods)).to.have.length(2);
  });

  it('marks days with due work, attendance and days off', () => {
    const marks = monthMarks(
      changes.assignments.map((assignment) => ({ assignment })),
      changes.attendanceEvents,
      changes.calendarDays,
    );
    expect(marks.get('2026-12-03')).to.deep.equal({ due: 1, attendance: 0, noSchool: undefined });
    expect(marks.get('2026-12-02')?.attendance).to.equal(1);
    expect(marks.get('2026-12-24')?.noSchool?.name).to.equal('Winter Break');
    expect(marks.has('2026-12-04')).to.equal(true);
  });
});
