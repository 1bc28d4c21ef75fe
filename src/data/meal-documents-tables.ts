import type { Table } from 'dexie';
import type { StudentDocument } from '../api/documents.ts';
import type { MealApplication } from '../api/meal-benefits.ts';
import type { MealDraft } from '../pages/meal-benefits/meal-draft.ts';
import type { PortalDb } from './db.ts';

/** A document's PDF, kept on the device once opened so it opens offline. */
export interface DocumentFile {
  /** The document's id. */
  id: number;
  blob: Blob;
  /** Device clock, ms. */
  savedAt: number;
}

/**
 * The stores of schema version 5, typed, reached through this accessor so
 * the shared PortalDb type stays small. Sign-out (and the kiosk wipe)
 * clears them with every other table: the draft, the applications and the
 * saved PDFs leave the device with the guardian.
 */
export interface MealDocumentTables {
  mealDraft: Table<MealDraft, string>;
  mealApplications: Table<MealApplication, number>;
  documents: Table<StudentDocument, number>;
  documentFiles: Table<DocumentFile, number>;
}

const cache = new WeakMap<PortalDb, MealDocumentTables>();

export function mealDocumentTables(db: PortalDb): MealDocumentTables {
  let tables = cache.get(db);
  if (!tables) {
    tables = {
      mealDraft: db.table('mealDraft'),
      mealApplications: db.table('mealApplications'),
      documents: db.table('documents'),
      documentFiles: db.table('documentFiles'),
    };
    cache.set(db, tables);
  }
  return tables;
}
