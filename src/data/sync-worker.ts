import * as Comlink from 'comlink';
import { openPortalDb } from './db.ts';
import { syncOnce } from './sync.ts';
import { toAppError } from './app-error.ts';
import type { SyncOutcome } from './sync-outcome.ts';

/**
 * The sync worker: network, validation and the bulk writes run here, off the
 * main thread. Errors cross the Comlink boundary as codes, because thrown
 * errors lose their fields there.
 */
const db = openPortalDb();
const running = new Map<number, AbortController>();

const api = {
  async sync(runId: number): Promise<SyncOutcome> {
    const controller = new AbortController();
    running.set(runId, controller);
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
