import { Temporal } from 'temporal-polyfill';
import type { AbsenceRequestCreate } from '../../src/api/absences.ts';
import type { SignedIn } from '../accounts/sessions.ts';
import type { PortalDb } from '../db/database.ts';
import { ApiProblem } from '../http/errors.ts';
import { requireLinkedStudent } from '../students/access.ts';
import { normalizeComment } from './comment.ts';
import { activeExcuses } from './excuses.ts';
import { enrollmentOn, schoolDayTimes, schoolDaysBetween } from './school-days.ts';

/** How far in the past an arrival or departure time today may lie. */
export const timeGraceMinutes = 5;

/**
 * Checks a new request against every rule and files it as submitted;
 * answers its id. Rules, in the order a person fixes them: the students
 * are the guardian's (else 404), the excuse is on the district's list, the
 * dates are real and today or later (district time), first and last are
 * school days for every student, a time lies within each school's day (and
 * for today, no more than 5 minutes ago), the comment has at most 100
 * characters.
 */
export async function submitAbsenceRequest(
  db: PortalDb,
  signedIn: SignedIn,
  input: AbsenceRequestCreate,
  now: Date,
): Promise<number> {
  for (const studentId of input.studentIds) {
    await requireLinkedStudent(db, signedIn.guardianId, studentId);
  }
  const excuses = await activeExcuses(db, signedIn.districtId);
  if (!excuses.some((excuse) => excuse.id === input.excuseId)) {
    throw new ApiProblem(
      400,
      'excuse_not_available',
      'Please choose an excuse from the list.',
      '/excuseId',
    );
  }

  const district = await db
    .selectFrom('district')
    .select('timeZone')
    .where('id', '=', signedIn.districtId)
    .executeTakeFirstOrThrow();
  const local = Temporal.Instant.fromEpochMilliseconds(now.getTime()).toZonedDateTimeISO(
    district.timeZone,
  );
  const today = local.toPlainDate();
  const { first, last, time } = datesOf(input, today);
  const comment = normalizeComment(input.comment);

  const students: Array<{ studentId: number; schoolId: number; schoolDays: number }> = [];
  for (const studentId of input.studentIds) {
    const name = await firstNameOf(db, studentId);
    const school = await enrollmentOn(db, studentId, first.toString());
    const lastSchool = await enrollmentOn(db, studentId, last.toString());
    const days = school
      ? await schoolDaysBetween(db, school, first.toString(), last.toString())
      : [];
    const lastDays =
      lastSchool && lastSchool.schoolId !== school?.schoolId
        ? await schoolDaysBetween(db, lastSchool, last.toString(), last.toString())
        : days;
    for (const [date, known] of [[first, days], [last, lastDays]] as const) {
      if (!known.includes(date.toString())) {
        throw new ApiProblem(
          400,
          'not_a_school_day',
          `${date.toString()} is not a school day for ${name}.`,
          date === first ? '/firstDate' : '/lastDate',
        );
      }
    }
    if (!school) throw new Error('A school day without an enrollment');
    if (time) await checkTime(db, school.schoolId, time, first, local, name);
    students.push({ studentId, schoolId: school.schoolId, schoolDays: days.length });
  }

  const at = now.toISOString();
  return db.transaction().execute(async (trx) => {
    const created = await trx
      .insertInto('absenceRequest')
      .values({
        districtId: signedIn.districtId,
        guardianId: signedIn.guardianId,
        accountId: signedIn.accountId,
        excuseId: input.excuseId,
        kind: input.kind,
        firstDate: first.toString(),
        lastDate: last.toString(),
        time: time ? time.toString({ smallestUnit: 'minute' }) : null,
        comment,
        status: 'submitted',
        createdAt: at,
        updatedAt: at,
      })
      .executeTakeFirstOrThrow();
    const id = Number(created.insertId);
    await trx
      .insertInto('absenceRequestStudent')
      .values(students.map((student) => ({ absenceRequestId: id, ...student })))
      .execute();
    await trx
      .insertInto('absenceRequestChange')
      .values({
        absenceRequestId: id,
        status: 'submitted',
        actorKind: 'guardian',
        actor: String(signedIn.accountId),
        changedAt: at,
      })
      .execute();
    return id;
  });
}

function datesOf(input: AbsenceRequestCreate, today: Temporal.PlainDate) {
  const first = plainDate(input.firstDate, '/firstDate');
  let last = first;
  let time: Temporal.PlainTime | null = null;
  if (input.kind === 'full_day') {
    if (input.time !== undefined) {
      throw new ApiProblem(400, 'invalid_request', 'A full-day request takes no time.', '/time');
    }
    if (input.lastDate !== undefined) last = plainDate(input.lastDate, '/lastDate');
    if (Temporal.PlainDate.compare(last, first) < 0) {
      throw new ApiProblem(
        400,
        'date_range_invalid',
        'The last day must be the same as or after the first day.',
        '/lastDate',
      );
    }
    if (first.until(last).days > 366) {
      throw new ApiProblem(
        400,
        'date_range_invalid',
        'A request covers at most a year.',
        '/lastDate',
      );
    }
  } else {
    if (input.lastDate !== undefined && input.lastDate !== input.firstDate) {
      throw new ApiProblem(
        400,
        'date_range_invalid',
        'A late arrival or early departure is for one day.',
        '/lastDate',
      );
    }
    if (input.time === undefined) {
      const what = input.kind === 'arrive_late' ? 'arrival' : 'departure';
      throw new ApiProblem(400, 'time_required', `Please give the ${what} time.`, '/time');
    }
    time = Temporal.PlainTime.from(input.time);
  }
  if (Temporal.PlainDate.compare(first, today) < 0) {
    throw new ApiProblem(
      400,
      'date_in_past',
      `${first.toString()} has passed; requests are for today or later.`,
      '/firstDate',
    );
  }
  return { first, last, time };
}

function plainDate(text: string, field: string): Temporal.PlainDate {
  try {
    return Temporal.PlainDate.from(text, { overflow: 'reject' });
  } catch {
    throw new ApiProblem(400, 'invalid_request', `${text} is not a date.`, field);
  }
}

async function checkTime(
  db: PortalDb,
  schoolId: number,
  time: Temporal.PlainTime,
  date: Temporal.PlainDate,
  local: Temporal.ZonedDateTime,
  name: string,
) {
  // TODO: a school without any bell times cannot be checked; such times are taken.
  const day = await schoolDayTimes(db, schoolId);
  if (day) {
    const start = Temporal.PlainTime.from(day.start);
    const end = Temporal.PlainTime.from(day.end);
    if (Temporal.PlainTime.compare(time, start) < 0 || Temporal.PlainTime.compare(time, end) > 0) {
      throw new ApiProblem(
        400,
        'time_outside_school_day',
        `${name}'s school day runs from ${day.start} to ${day.end}.`,
        '/time',
      );
    }
  }
  if (date.equals(local.toPlainDate())) {
    // Whole minutes: at 10:07:30, 10:02 is still taken.
    const earliest = local.subtract({ minutes: timeGraceMinutes }).round({
      smallestUnit: 'minute',
      roundingMode: 'floor',
    });
    const sameDay = earliest.toPlainDate().equals(date);
    if (sameDay && Temporal.PlainTime.compare(time, earliest.toPlainTime()) < 0) {
      throw new ApiProblem(
        400,
        'time_in_past',
        `${time.toString({ smallestUnit: 'minute' })} has passed today.`,
        '/time',
      );
    }
  }
}

async function firstNameOf(db: PortalDb, studentId: number): Promise<string> {
  const student = await db
    .selectFrom('student')
    .select(['firstName', 'preferredName'])
    .where('id', '=', studentId)
    .executeTakeFirstOrThrow();
  return student.preferredName ?? student.firstName;
}
