import { execFile } from 'node:child_process';
import { promisify } from 'node:util';
import SQLite from 'better-sqlite3';
import { repoRoot } from './paths.ts';

const run = promisify(execFile);

/** Reads the test's database beside the running server (WAL: readers do not block it). */
export function queryOne<Row>(dbPath: string, sql: string, ...params: unknown[]): Row | undefined {
  const sqlite = new SQLite(dbPath, { readonly: true, fileMustExist: true });
  try {
    return sqlite.prepare(sql).get(...params) as Row | undefined;
  } finally {
    sqlite.close();
  }
}

/** A guardian with children and without an account yet, by the SIS's id. */
export interface GuardianToActivate {
  sourceId: string;
  studentId: number;
  /** The district's id from its SIS, as `--district` takes it. */
  districtSourceId: string;
}

/**
 * The guardian without an account whose child has the most attendance
 * events (so the attendance pages have something to show), in the district
 * named by its SIS id, or in any when none is named.
 */
export function guardianWithoutAccount(
  dbPath: string,
  districtSourceId?: string,
): GuardianToActivate | undefined {
  return queryOne<GuardianToActivate>(
    dbPath,
    `SELECT g.source_id AS sourceId, gs.student_id AS studentId, d.source_id AS districtSourceId
       FROM guardian g
       JOIN district d ON d.id = g.district_id
       JOIN guardian_student gs ON gs.guardian_id = g.id
       LEFT JOIN attendance_event ae ON ae.student_id = gs.student_id
      WHERE g.id NOT IN (SELECT guardian_id FROM account)
        AND (? IS NULL OR d.source_id = ?)
      GROUP BY g.id, gs.student_id
      ORDER BY COUNT(ae.id) DESC, g.id
      LIMIT 1`,
    districtSourceId ?? null,
    districtSourceId ?? null,
  );
}

/**
 * `npm run admin -- activation-key <id> [--district ID] --db FILE`, as
 * district IT runs it.
 */
export async function activationKeyFromAdmin(
  dbPath: string,
  guardianSourceId: string,
  districtSourceId?: string,
): Promise<string> {
  const district = districtSourceId === undefined ? [] : ['--district', districtSourceId];
  const { stdout } = await run(
    process.execPath,
    ['--import', 'tsx', 'server/cli/admin.ts', 'activation-key', guardianSourceId, ...district, '--db', dbPath],
    { cwd: repoRoot },
  );
  const key = stdout.trim();
  if (!key) throw new Error('The admin command printed no activation key');
  return key;
}

/** `npm run import -- edfi <dir> --db FILE --json`: the summary it prints. */
export async function importEdfi(dir: string, dbPath: string): Promise<Record<string, unknown>> {
  const { stdout } = await run(
    process.execPath,
    ['--import', 'tsx', 'server/cli/import.ts', 'edfi', dir, '--db', dbPath, '--json'],
    { cwd: repoRoot, maxBuffer: 16 * 1024 * 1024 },
  );
  return JSON.parse(stdout) as Record<string, unknown>;
}

/** Every day a student has an attendance event on, in order. */
export function attendanceDates(dbPath: string, studentId: number): string[] {
  const sqlite = new SQLite(dbPath, { readonly: true, fileMustExist: true });
  try {
    const rows = sqlite
      .prepare('SELECT DISTINCT date FROM attendance_event WHERE student_id = ? ORDER BY date')
      .all(studentId) as { date: string }[];
    return rows.map((row) => row.date);
  } finally {
    sqlite.close();
  }
}
