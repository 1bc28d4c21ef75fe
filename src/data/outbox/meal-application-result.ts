import type { MealApplication } from '../../api/meal-benefits.ts';
import type { PortalDb } from '../db.ts';
import { mealDocumentTables } from '../meal-documents-tables.ts';

/**
 * A sent meal application's record joins the saved list in the outbox's
 * transaction, so it shows (with its status) even when the service worker
 * sent it with no page open and the device is offline again afterwards.
 */
export async function keepSentMealApplication(db: PortalDb, result: unknown): Promise<void> {
  if (typeof result !== 'object' || result === null) return;
  if (!('id' in result) || typeof result.id !== 'number' || !('status' in result)) return;
  await mealDocumentTables(db).mealApplications.put(result as MealApplication);
}
