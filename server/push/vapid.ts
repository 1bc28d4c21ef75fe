import webpush from 'web-push';
import type { PortalDb } from '../db/database.ts';

export interface VapidKeys {
  publicKey: string;
  privateKey: string;
}

const settingName = 'vapid_keys';

/**
 * The server's VAPID key pair, made at the first start and kept in the
 * database: browsers' subscriptions are bound to the public key, so it
 * must never change under them. Two starts at once agree on one pair.
 */
export async function ensureVapidKeys(db: PortalDb): Promise<VapidKeys> {
  const fresh = webpush.generateVAPIDKeys();
  await db
    .insertInto('serverSetting')
    .values({ name: settingName, value: JSON.stringify(fresh) })
    .onConflict((conflict) => conflict.doNothing())
    .execute();
  const row = await db
    .selectFrom('serverSetting')
    .select('value')
    .where('name', '=', settingName)
    .executeTakeFirstOrThrow();
  const kept: unknown = JSON.parse(row.value);
  if (!isKeys(kept)) throw new Error('The kept VAPID keys are unreadable');
  return kept;
}

function isKeys(value: unknown): value is VapidKeys {
  return (
    typeof value === 'object' && value !== null &&
    'publicKey' in value && typeof value.publicKey === 'string' &&
    'privateKey' in value && typeof value.privateKey === 'string'
  );
}
