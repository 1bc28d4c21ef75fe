import { sql } from 'kysely';
import { Temporal } from 'temporal-polyfill';
import type { PortalDb } from '../db/database.ts';
import { notify, type NewNotification, type NotifyOptions } from './create.ts';

/** Only news: records dated within these days before today raise notifications. */
export const newsWindowDays = 14;

const cursorName = 'notify_changes_version';

/**
 * Notifications for what an import changed after `sinceVersion` (the sync
 * clock): new or changed scores, posted grades and attendance events (not
 * "present"), and a course grade (running or posted) under the percentage
 * a guardian chose in Settings, for each guardian with an account and
 * portal access to the student. Records dated more than two weeks back are history, not news
 * (a first import of a whole year raises nothing for its old records).
 * Answers the version it read up to: pass it as `sinceVersion` next time.
 */
export async function notifyChanges(
  db: PortalDb,
  sinceVersion: number,
  options: NotifyOptions,
  upTo?: number,
): Promise<{ version: number; created: number }> {
  upTo ??= await clockVersion(db);
  if (upTo <= sinceVersion) return { version: upTo, created: 0 };

  const rows = await sql<ChangeRow>`
    WITH reach AS (
      SELECT gs.guardian_id, gs.student_id, st.first_name, st.preferred_name, d.time_zone,
        acc.grade_below_percent
      FROM guardian_student gs
      JOIN account acc ON acc.guardian_id = gs.guardian_id
      JOIN student st ON st.id = gs.student_id
      JOIN district d ON d.id = gs.district_id
      WHERE gs.portal_access = 1
    )
    SELECT 'score' AS kind, r.guardian_id, r.student_id, r.first_name, r.preferred_name,
      r.time_zone, a.id AS record_id, a.title AS what,
      COALESCE(s.mark, CASE WHEN s.points IS NULL THEN NULL
        ELSE printf('%g', s.points) || COALESCE('/' || printf('%g', a.points_possible), '')
        END) AS value,
      COALESCE(substr(s.scored_at, 1, 10), a.due_date, a.assigned_date) AS day, NULL AS code
    FROM score s JOIN assignment a ON a.id = s.assignment_id
    JOIN reach r ON r.student_id = s.student_id
    WHERE s.version > ${sinceVersion} AND s.version <= ${upTo}
    UNION ALL
    SELECT 'grade_posted', r.guardian_id, r.student_id, r.first_name, r.preferred_name,
      r.time_zone, g.id, c.title, COALESCE(g.mark, printf('%g%%', g.percent)),
      substr(g.posted_at, 1, 10), NULL
    FROM grade g JOIN section sec ON sec.id = g.section_id
    JOIN course c ON c.id = sec.course_id
    JOIN reach r ON r.student_id = g.student_id
    WHERE g.status = 'posted' AND g.version > ${sinceVersion} AND g.version <= ${upTo}
    UNION ALL
    SELECT 'grade_below', r.guardian_id, r.student_id, r.first_name, r.preferred_name,
      r.time_zone, g.id, c.title, printf('%g', round(g.percent, 1)),
      substr(g.posted_at, 1, 10), CAST(r.grade_below_percent AS TEXT)
    FROM grade g JOIN section sec ON sec.id = g.section_id
    JOIN course c ON c.id = sec.course_id
    JOIN reach r ON r.student_id = g.student_id
    WHERE g.percent < r.grade_below_percent
      AND g.version > ${sinceVersion} AND g.version <= ${upTo}
    UNION ALL
    SELECT 'attendance', r.guardian_id, r.student_id, r.first_name, r.preferred_name,
      r.time_zone, e.id, e.category, e.excuse, e.date, e.code
    FROM attendance_event e JOIN reach r ON r.student_id = e.student_id
    WHERE e.category <> 'present' AND e.version > ${sinceVersion} AND e.version <= ${upTo}
  `.execute(db);

  const news: NewNotification[] = [];
  for (const row of rows.rows) {
    const today = Temporal.Instant.fromEpochMilliseconds(options.now.getTime())
      .toZonedDateTimeISO(row.timeZone)
      .toPlainDate();
    const oldest = today.subtract({ days: newsWindowDays }).toString();
    // A grade without a date (running, or posted undated) is taken as news.
    if (row.day !== null ? row.day < oldest : row.kind === 'score' || row.kind === 'attendance') {
      continue;
    }
    news.push(notificationOf(row));
  }
  const { ids } = await notify(db, news, options);
  return { version: upTo, created: ids.length };
}

interface ChangeRow {
  kind: 'score' | 'grade_posted' | 'grade_below' | 'attendance';
  guardianId: number;
  studentId: number;
  firstName: string;
  preferredName: string | null;
  timeZone: string;
  recordId: number;
  what: string;
  value: string | null;
  day: string | null;
  /** Attendance: the SIS's code; grade_below: the guardian's percentage. */
  code: string | null;
}

function notificationOf(row: ChangeRow): NewNotification {
  const student = row.preferredName ?? row.firstName;
  const base = { guardianId: row.guardianId };
  const students = `/students/${row.studentId}`;
  switch (row.kind) {
    case 'score':
      return {
        ...base,
        kind: 'score',
        params: {
          student, studentId: row.studentId, assignmentId: row.recordId,
          assignment: row.what, score: row.value,
        },
        link: `${students}/assignments/${row.recordId}`,
      };
    case 'grade_posted':
      return {
        ...base,
        kind: 'grade_posted',
        params: { student, studentId: row.studentId, course: row.what, grade: row.value },
        link: `${students}/grades`,
      };
    case 'grade_below':
      return {
        ...base,
        kind: 'grade_below',
        params: {
          student, studentId: row.studentId, course: row.what,
          percent: Number(row.value), belowPercent: Number(row.code),
        },
        link: `${students}/grades`,
      };
    case 'attendance':
      return {
        ...base,
        kind: 'attendance',
        params: {
          student, studentId: row.studentId, date: row.day, category: row.what,
          excuse: row.value, code: row.code,
        },
        link: `${students}/attendance`,
      };
  }
}

async function clockVersion(db: PortalDb): Promise<number> {
  const clock = await db.selectFrom('syncClock').select('version').executeTakeFirstOrThrow();
  return clock.version;
}

/**
 * The job: notifications for changes since the last run. The first run
 * only notes where the clock stands, so a server's first start (or the
 * demo district) raises nothing for what was already there. The cursor is
 * moved before notifying, by compare-and-set: when the server's timer and
 * `run-jobs` run at once, only one of them notifies a change.
 */
export async function notifyNewChanges(db: PortalDb, options: NotifyOptions) {
  const upTo = await clockVersion(db);
  const value = String(upTo);
  const kept = await db
    .selectFrom('serverSetting')
    .select('value')
    .where('name', '=', cursorName)
    .executeTakeFirst();
  if (!kept) {
    await db
      .insertInto('serverSetting')
      .values({ name: cursorName, value })
      .onConflict((conflict) => conflict.doNothing())
      .execute();
    return { version: upTo, created: 0 };
  }
  const since = Number(kept.value);
  if (upTo <= since) return { version: since, created: 0 };
  const claimed = await db
    .updateTable('serverSetting')
    .set({ value })
    .where('name', '=', cursorName)
    .where('value', '=', kept.value)
    .executeTakeFirst();
  if (Number(claimed.numUpdatedRows) !== 1) return { version: since, created: 0 };
  return notifyChanges(db, since, options, upTo);
}
