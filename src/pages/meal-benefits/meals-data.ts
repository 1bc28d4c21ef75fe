import type { MealApplication, MealApplicationCreate } from '../../api/meal-benefits.ts';
import type { PortalDb } from '../../data/db.ts';
import { apiRequest } from '../../data/http.ts';
import { mealDocumentTables } from '../../data/meal-documents-tables.ts';
import type { OutboxEntry } from '../../data/outbox/outbox-entry.ts';
import { submitWrite } from '../../data/outbox/outbox-runner.ts';
import {
  discardDraft,
  draftFromRequestBody,
  loadDraft,
  type MealDraft,
} from './meal-draft.ts';

/**
 * Meal benefits on the device: the server's list cached in Dexie, the
 * applications still in the outbox, and the draft.
 */
export async function refreshMealApplications(db: PortalDb): Promise<void> {
  const answer = (await apiRequest('GET', '/api/v1/meal-applications')) as {
    mealApplications?: MealApplication[];
  };
  const table = mealDocumentTables(db).mealApplications;
  await db.transaction('rw', table, async () => {
    await table.clear();
    await table.bulkPut(answer.mealApplications ?? []);
  });
}

export interface QueuedApplication {
  entry: OutboxEntry;
  body: MealApplicationCreate;
}

export interface MealPageData {
  draft: MealDraft | undefined;
  queued: QueuedApplication[];
  applications: MealApplication[];
}

export async function loadMealPage(db: PortalDb): Promise<MealPageData> {
  const tables = mealDocumentTables(db);
  const [draft, entries, saved] = await Promise.all([
    loadDraft(db),
    db.outbox.where('kind').equals('meal-application.create').toArray(),
    tables.mealApplications.orderBy('createdAt').reverse().toArray(),
  ]);
  // The outbox puts a sent record in the list; a list fetched meanwhile may lack it.
  const sent = entries
    .filter((entry) => entry.state === 'sent' && isApplication(entry.result))
    .map((entry) => entry.result as MealApplication)
    .filter((application) => !saved.some((s) => s.id === application.id));
  const queued = entries
    .filter((entry) => entry.state !== 'sent')
    .sort((a, b) => b.createdAt - a.createdAt)
    .map((entry) => ({ entry, body: entry.body as MealApplicationCreate }));
  return { draft, queued, applications: [...sent, ...saved] };
}

/** Sends the application through the outbox and lets the draft go, in that order. */
export async function submitApplication(db: PortalDb, body: MealApplicationCreate) {
  const key = await submitWrite(db, {
    kind: 'meal-application.create',
    method: 'POST',
    path: '/api/v1/meal-applications',
    body,
  });
  await discardDraft(db);
  return key;
}

/**
 * A refused application becomes the draft again (replacing any other
 * draft only when the person asked for it) and leaves the outbox.
 */
export async function editRefused(db: PortalDb, entry: OutboxEntry): Promise<void> {
  const draft = draftFromRequestBody(entry.body as MealApplicationCreate);
  const { mealDraft } = mealDocumentTables(db);
  await db.transaction('rw', db.outbox, mealDraft, async () => {
    await mealDraft.put(draft);
    await db.outbox.delete(entry.key);
  });
}

function isApplication(value: unknown): value is MealApplication {
  return typeof value === 'object' && value !== null && 'id' in value && 'status' in value;
}
