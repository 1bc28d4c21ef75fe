import * as Comlink from 'comlink';
import { setCurrentDistrict } from './current-district.ts';
import { districtDbName, openPortalDb, type PortalDb } from './db.ts';
import { syncOnce } from './sync.ts';
import { toAppError } from './app-error.ts';
import type { SyncOutcome } from './sync-outcome.ts';

/**
 * The sync worker: network, validation and the bulk writes run here, off the
 * main thread. Errors cross the Comlink boundary as codes, because thrown
 * errors lose their fields there.
 */
const databases = new Map<string, PortalDb>();
const running = new Map<number, AbortController>();

/** The district's database, opened once; the page names the district with each run. */
function districtDb(district: string | undefined): PortalDb {
  const name = districtDbName(district);
  let db = databases.get(name);
  if (!db) {
    db = openPortalDb(name);
    databases.set(name, db);
  }
  return db;
}

const api = {
  async sync(runId: number, district?: string): Promise<SyncOutcome> {
    const controller = new AbortController();
    running.set(runId, controller);
    setCurrentDistrict(district);
    const db = districtDb(district);
    try {
      const result = await syncOnce(db, { signal: controller.signal });
      return { ok: true, ...result };
    } catch (error) {
      if (controller.signal.aborted) return { ok: false, code: 'unexpected', aborted: true };
      return { ok: false, code: toAppError(error).code };
    } finally {
      running.delete(runId);
    }
  },

  abort(runId: number): void {
    running.get(runId)?.abort();
  },
};

export type SyncWorkerApi = typeof api;

Comlink.expose(api);
