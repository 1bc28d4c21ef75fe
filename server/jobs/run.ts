import type { PortalDb } from '../db/database.ts';
import { purgeIdempotencyKeys } from '../http/idempotency.ts';
import { recurringPaymentsJob, type RecurringJobOptions } from '../money/recurring-job.ts';
import { notifyNewChanges } from '../notifications/changes.ts';
import { purgeNotifications } from '../notifications/guardian.ts';
import type { PushOptions } from '../push/send.ts';

export interface JobOptions extends RecurringJobOptions {
  /** Push settings for notifications the jobs raise; false for none. */
  push?: Omit<PushOptions, 'now'> | false;
  /** One line per job: its name and counts, never personal data. */
  log?: (line: Record<string, unknown>) => void;
}

/** The jobs that run every few minutes, each taking the time they run at. */
export const jobs = {
  'notify-changes': async (db: PortalDb, now: Date, options: JobOptions) => {
    const { created, version } = await notifyNewChanges(db, { now, push: options.push ?? {} });
    return { created, version };
  },
  'recurring-payments': (db: PortalDb, now: Date, options: JobOptions) =>
    recurringPaymentsJob(db, now, options),
  'purge-notifications': async (db: PortalDb, now: Date) => ({
    deleted: await purgeNotifications(db, now),
  }),
  'purge-idempotency-keys': async (db: PortalDb, now: Date) => ({
    deleted: await purgeIdempotencyKeys(db, now),
  }),
} as const;

/**
 * Runs every job once at `now`. A failing job is logged and the others
 * still run; answers whether all succeeded.
 */
export async function runJobs(db: PortalDb, now: Date, options: JobOptions = {}): Promise<boolean> {
  let ok = true;
  for (const [name, job] of Object.entries(jobs)) {
    const started = Date.now();
    try {
      const counts = await job(db, now, options);
      options.log?.({ job: name, ...counts, ms: Date.now() - started });
    } catch (error) {
      ok = false;
      const message = error instanceof Error ? error.message : String(error);
      options.log?.({ job: name, failed: message });
    }
  }
  return ok;
}

/** How often the server runs the jobs. */
export const jobIntervalMs = 5 * 60 * 1000;

/**
 * Runs the jobs every few minutes in the server. The timer is unref'd (it
 * never keeps the process alive) and a run never overlaps the last one.
 */
export function scheduleJobs(db: PortalDb, options: JobOptions & { now?: () => Date } = {}) {
  let running = false;
  const tick = async () => {
    if (running) return;
    running = true;
    try {
      await runJobs(db, options.now?.() ?? new Date(), options);
    } finally {
      running = false;
    }
  };
  const timer = setInterval(() => void tick(), jobIntervalMs);
  timer.unref();
  return () => clearInterval(timer);
}
