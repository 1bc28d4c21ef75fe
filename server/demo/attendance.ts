import type { DemoContext } from './context.ts';
import { compare, minDay, minutesOf, timeOf, type Day } from './dates.ts';
import type { Enrolled, Placement } from './people.ts';
import { schools } from './schools.ts';
import type { AttendanceCategory, AttendanceExcuse } from '../db/schema.ts';

/**
 * Attendance up to yesterday: whole-day absences (excused and not),
 * tardies, early departures, and at the middle and high schools some
 * events for one class period. Demo-family students get each kind of event
 * on recent days, so the attendance page has something of everything.
 */

type EventKind =
  | 'excused_absence'
  | 'unexcused_absence'
  | 'tardy'
  | 'early_departure'
  | 'class_tardy'
  | 'class_absence';

/**
 * School days back from yesterday where demo-family students get each
 * event, so the recent ones show on the Today page.
 */
const featuredDays: [number, EventKind][] = [
  [0, 'class_tardy'],
  [2, 'early_departure'],
  [5, 'excused_absence'],
  [8, 'tardy'],
  [11, 'unexcused_absence'],
  [14, 'class_absence'],
];

const excusedAbsences = [
  { code: 'ILL', comment: 'Parent called: fever.' },
  { code: 'MED', comment: 'Dentist appointment.' },
  { code: 'FAM', comment: 'Family matter.' },
] as const;

export function addAttendance(context: DemoContext): void {
  const byStudent = new Map<number, Placement[]>();
  for (const placement of context.people.placements) {
    const list = byStudent.get(placement.student.id) ?? [];
    list.push(placement);
    byStudent.set(placement.student.id, list);
  }
  let events = 0;
  for (const enrolled of context.people.enrollments) {
    events = addEnrollmentAttendance(
      context, enrolled, byStudent.get(enrolled.student.id) ?? [], events,
    );
  }
}

function addEnrollmentAttendance(
  context: DemoContext,
  enrolled: Enrolled,
  placements: Placement[],
  count: number,
): number {
  const { structure, today, random } = context;
  const plan = structure.years[enrolled.year];
  if (!plan) return count;
  const yesterday = today.subtract({ days: 1 });
  const until = minDay(enrolled.end, yesterday);
  const days = plan.instructional.filter(
    (day) => compare(day, enrolled.start) >= 0 && compare(day, until) <= 0,
  );
  const forced = new Map<string, EventKind>();
  if (enrolled.student.featured && enrolled.year === context.thisYear && days.length > 16) {
    for (const [back, kind] of featuredDays) {
      const day = days[days.length - 1 - back];
      if (day) forced.set(day.toString(), kind);
    }
  }
  const hasPeriods = enrolled.school !== 'willow';

  for (const day of days) {
    let kind: EventKind | undefined = forced.get(day.toString());
    // The elementary school takes attendance for the day, not per class.
    if (!hasPeriods && kind === 'class_tardy') kind = 'tardy';
    if (!hasPeriods && kind === 'class_absence') kind = 'unexcused_absence';
    if (!kind) {
      const roll = random.next();
      if (roll < 0.015) kind = 'excused_absence';
      else if (roll < 0.025) kind = 'unexcused_absence';
      else if (roll < 0.05) kind = 'tardy';
      else if (roll < 0.058) kind = 'early_departure';
      else if (hasPeriods && roll < 0.075) kind = 'class_tardy';
      else if (hasPeriods && roll < 0.08) kind = 'class_absence';
    }
    if (!kind) continue;
    count += 1;
    addEvent(context, enrolled, placements, day, kind, count);
  }
  return count;
}

function addEvent(
  context: DemoContext,
  enrolled: Enrolled,
  placements: Placement[],
  day: Day,
  kind: EventKind,
  count: number,
): void {
  const { rows, structure, random } = context;
  const spec = schools[enrolled.school];
  const dayStart = minutesOf(spec.periods[0]?.start ?? '08:00');
  const dayEnd = minutesOf(spec.periods.at(-1)?.end ?? '15:00');
  const dayLength = dayEnd - dayStart;
  const frame = structure.atSchool(enrolled.school, enrolled.year);
  const termId = compare(day, frame.terms.s1.end) <= 0 ? frame.termIds.s1 : frame.termIds.s2;
  const event = {
    studentId: enrolled.student.id,
    schoolId: structure.schoolIds[enrolled.school],
    sectionId: null as number | null,
    termId,
    sourceId: `ATT${String(count).padStart(6, '0')}`,
    date: day.toString(),
    category: 'absence' as AttendanceCategory,
    excuse: 'unexcused' as AttendanceExcuse,
    code: null as string | null,
    comment: null as string | null,
    arrivalTime: null as string | null,
    departureTime: null as string | null,
    minutes: null as number | null,
    dayFraction: null as number | null,
  };

  switch (kind) {
    case 'excused_absence': {
      const reason = random.pick(excusedAbsences);
      rows.add('attendanceEvent', {
        ...event, excuse: 'excused', code: reason.code, comment: reason.comment,
        minutes: dayLength, dayFraction: 1,
      });
      return;
    }
    case 'unexcused_absence':
      rows.add('attendanceEvent', {
        ...event, code: 'UNX', comment: 'No call from home.', minutes: dayLength, dayFraction: 1,
      });
      return;
    case 'tardy': {
      const late = random.int(5, 25);
      const excused = random.chance(0.4);
      rows.add('attendanceEvent', {
        ...event, category: 'tardy', excuse: excused ? 'excused' : 'unexcused',
        code: excused ? 'TEX' : 'TUX', comment: excused ? 'Bus arrived late.' : null,
        arrivalTime: timeOf(dayStart + late), minutes: late,
        dayFraction: Math.round((late / dayLength) * 100) / 100,
      });
      return;
    }
    case 'early_departure': {
      const early = random.int(12, 30) * 5;
      rows.add('attendanceEvent', {
        ...event, category: 'early_departure', excuse: 'excused', code: 'ED',
        comment: 'Picked up for an appointment.', departureTime: timeOf(dayEnd - early),
        minutes: early, dayFraction: Math.round((early / dayLength) * 100) / 100,
      });
      return;
    }
    case 'class_tardy':
    case 'class_absence': {
      const meeting = placements.filter(
        (p) =>
          compare(day, p.start) >= 0 && compare(day, p.end) <= 0 &&
          (p.section.course.days ?? '12345').includes(String(day.dayOfWeek)),
      );
      if (meeting.length === 0) return;
      const placement = random.pick(meeting);
      const period = spec.periods[placement.section.periods[0] ?? 0];
      const periodStart = minutesOf(period?.start ?? '08:00');
      const periodLength = minutesOf(period?.end ?? '09:00') - periodStart;
      const late = random.int(3, 10);
      const tardy = kind === 'class_tardy';
      rows.add('attendanceEvent', {
        ...event, sectionId: placement.section.id,
        category: tardy ? 'tardy' : 'absence',
        code: tardy ? 'TP' : 'PA',
        comment: tardy ? 'Late to class without a pass.' : 'Not in class; no pass.',
        arrivalTime: tardy ? timeOf(periodStart + late) : null,
        minutes: tardy ? late : periodLength,
        dayFraction: Math.round(((tardy ? late : periodLength) / dayLength) * 100) / 100,
      });
      return;
    }
  }
}
