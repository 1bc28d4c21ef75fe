import type { AbsenceRequest } from '../../api/absences.ts';
import type { PortalDb } from '../db.ts';
import { applyMoneyResult, moneyResultTables } from '../money-results.ts';
import type { OutboxEntry } from './outbox-entry.ts';
import { keepSentSettings } from './settings-result.ts';
import { keepSentMealApplication } from './meal-application-result.ts';
import { mealDocumentTables } from '../meal-documents-tables.ts';

/**
 * A sent write: the entry keeps the server's answer for a short while and
 * the answer lands in the cached lists, in one transaction, so the page
 * moves from "waiting" to the server's record without a gap.
 */
export async function applyResult(
  db: PortalDb,
  entry: OutboxEntry,
  result: unknown,
  now: number,
): Promise<void> {
  const tables = [
    db.outbox,
    db.absenceRequests,
    db.notifications,
    db.meta,
    ...moneyResultTables(db),
    mealDocumentTables(db).mealApplications,
  ];
  await db.transaction('rw', tables, async () => {
    await db.outbox.update(entry.key, { state: 'sent', result, sentAt: now, claimedAt: undefined });
    switch (entry.kind) {
      case 'absence-request.create':
      case 'absence-request.cancel':
        if (isAbsenceRequest(result)) await db.absenceRequests.put(result);
        break;
      case 'notification.read':
        if (isRecord(result) && typeof result.id === 'number') {
          await db.notifications.update(result.id, { read: true });
        }
        break;
      case 'notification.read-all':
        await db.notifications.toCollection().modify({ read: true });
        break;
      case 'settings.update':
        await keepSentSettings(db, result);
        break;
      case 'meal-application.create':
        await keepSentMealApplication(db, result);
        break;
      default:
        await applyMoneyResult(db, entry, result);
    }
  });
}

function isRecord(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null;
}

function isAbsenceRequest(value: unknown): value is AbsenceRequest {
  return isRecord(value) && typeof value.id === 'number' && typeof value.status === 'string';
}
