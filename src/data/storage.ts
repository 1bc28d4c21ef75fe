import { toAppError, type AppErrorCode } from './app-error.ts';
import type { PortalDb } from './db.ts';

/**
 * Opens the device database and reports why it cannot be used (no
 * IndexedDB in some private modes, a full disk), so the shell can say so
 * instead of showing a blank page.
 */
export async function openStorage(db: PortalDb): Promise<AppErrorCode | undefined> {
  if (typeof indexedDB === 'undefined') return 'storage_unavailable';
  try {
    await db.open();
    return undefined;
  } catch (error) {
    const code = toAppError(error).code;
    return code === 'storage_full' ? code : 'storage_unavailable';
  }
}

/** Asks the browser not to evict the guardian's data under storage pressure. */
export async function requestPersistentStorage(): Promise<boolean> {
  if (!navigator.storage?.persist) return false;
  try {
    return (await navigator.storage.persisted()) || (await navigator.storage.persist());
  } catch {
    return false;
  }
}
