import type { AbsenceRequest, AbsenceRequestCreate } from '../../api/absences.ts';
import { readMeta, writeMeta, type PortalDb } from '../../data/db.ts';
import { apiRequest } from '../../data/http.ts';
import type { OutboxEntry } from '../../data/outbox/outbox-entry.ts';
import { submitWrite } from '../../data/outbox/outbox-runner.ts';

/**
 * Absence requests on the device: the server's list cached in Dexie (so
 * View Requests works offline), the excuse list in meta, and the writes
 * still in the outbox.
 */
export async function refreshAbsenceRequests(db: PortalDb): Promise<void> {
  const answer = (await apiRequest('GET', '/api/v1/absence-requests')) as {
    absenceRequests?: AbsenceRequest[];
  };
  await db.transaction('rw', db.absenceRequests, async () => {
    await db.absenceRequests.clear();
    await db.absenceRequests.bulkPut(answer.absenceRequests ?? []);
  });
}

export async function refreshExcuses(db: PortalDb): Promise<void> {
  const answer = (await apiRequest('GET', '/api/v1/excuses')) as {
    excuses?: { id: number; name: string }[];
  };
  await writeMeta(db, 'excuses', answer.excuses ?? []);
}

export async function savedExcuses(db: PortalDb) {
  return (await readMeta(db, 'excuses')) ?? [];
}

/** A new request not yet on the server, as the outbox holds it. */
export interface QueuedRequest {
  entry: OutboxEntry;
  body: AbsenceRequestCreate;
}

export interface AbsenceList {
  queued: QueuedRequest[];
  requests: AbsenceRequest[];
  /** Requests whose cancellation waits in the outbox, by request id. */
  cancelling: Map<number, OutboxEntry>;
}

const cancelPath = /^\/api\/v1\/absence-requests\/(\d+)\/cancel$/;

export async function loadAbsenceList(db: PortalDb): Promise<AbsenceList> {
  const [entries, requests] = await Promise.all([
    db.outbox.where('kind').anyOf('absence-request.create', 'absence-request.cancel').toArray(),
    db.absenceRequests.orderBy('createdAt').reverse().toArray(),
  ]);
  const open = entries.filter((entry) => entry.state !== 'sent');
  const queued = open
    .filter((entry) => entry.kind === 'absence-request.create')
    .sort((a, b) => b.createdAt - a.createdAt)
    .map((entry) => ({ entry, body: entry.body as AbsenceRequestCreate }));
  const cancelling = new Map<number, OutboxEntry>();
  for (const entry of open) {
    const id = Number(cancelPath.exec(entry.path)?.[1]);
    if (entry.kind === 'absence-request.cancel' && id) cancelling.set(id, entry);
  }
  return { queued, requests, cancelling };
}

export function fileAbsenceRequest(db: PortalDb, body: AbsenceRequestCreate): Promise<string> {
  return submitWrite(db, {
    kind: 'absence-request.create',
    method: 'POST',
    path: '/api/v1/absence-requests',
    body,
  });
}

export function cancelAbsenceRequest(db: PortalDb, id: number): Promise<string> {
  return submitWrite(db, {
    kind: 'absence-request.cancel',
    method: 'POST',
    path: `/api/v1/absence-requests/${id}/cancel`,
    body: undefined,
  });
}
