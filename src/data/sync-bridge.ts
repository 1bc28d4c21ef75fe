import * as Comlink from 'comlink';
import type { SyncWorkerApi } from './sync-worker.ts';
import { currentDistrict } from './current-district.ts';
import type { SyncOutcome } from './sync-outcome.ts';

let remote: Comlink.Remote<SyncWorkerApi> | undefined;
let nextRunId = 1;

/** Starts the sync worker on first use only: a signed-out visitor never pays for it. */
function syncWorker(): Comlink.Remote<SyncWorkerApi> {
  remote ??= Comlink.wrap<SyncWorkerApi>(
    new Worker(new URL('./sync-worker.ts', import.meta.url), { type: 'module' }),
  );
  return remote;
}

/** Runs one sync in the worker; aborting the signal stops its fetch. */
export async function runSyncInWorker(signal?: AbortSignal): Promise<SyncOutcome> {
  const worker = syncWorker();
  const runId = nextRunId++;
  const onAbort = () => void worker.abort(runId);
  signal?.addEventListener('abort', onAbort, { once: true });
  try {
    return await worker.sync(runId, currentDistrict());
  } finally {
    signal?.removeEventListener('abort', onAbort);
  }
}
