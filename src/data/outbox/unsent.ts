import type { PortalDb } from '../db.ts';

/**
 * Writes the server has not taken: waiting, being sent, or refused and
 * kept for the person to edit. A sign-out must not drop them unseen.
 */
export async function countUnsent(db: PortalDb): Promise<number> {
  return db.outbox.where('state').anyOf('waiting', 'sending', 'failed').count();
}
