import {
  contactMessageTypes,
  type ContactChannels,
  type ContactMessageType,
  type Settings,
  type SettingsUpdate,
} from '../../src/api/settings.ts';
import { notificationKinds, type NotificationKind } from '../../src/api/notifications.ts';
import type { PortalDb } from '../db/database.ts';
import { ApiProblem } from '../http/errors.ts';

/**
 * How the district reaches a guardian until they choose: every channel
 * for emergencies, email for the rest (no calls or texts they did not ask for).
 */
export function defaultContactChannels(type: ContactMessageType): ContactChannels {
  return type === 'emergency'
    ? { voice: true, text: true, email: true }
    : { voice: false, text: false, email: true };
}

/** A guardian's settings, every field filled (defaults for what was never set). */
export async function readSettings(db: PortalDb, accountId: number): Promise<Settings> {
  const account = await db
    .selectFrom('account')
    .select([
      'portalLanguage', 'communicationLanguage', 'gradeBelowPercent', 'lowBalanceThresholdCents',
    ])
    .where('id', '=', accountId)
    .executeTakeFirstOrThrow();
  const switches = await db
    .selectFrom('notificationSetting')
    .select(['kind', 'enabled'])
    .where('accountId', '=', accountId)
    .execute();
  const contacts = await db
    .selectFrom('contactPreference')
    .select(['messageType', 'voice', 'text', 'email'])
    .where('accountId', '=', accountId)
    .execute();

  const notifications = Object.fromEntries(
    notificationKinds.map((kind) => [
      kind,
      switches.find((s) => s.kind === kind)?.enabled !== 0,
    ]),
  ) as Record<NotificationKind, boolean>;
  const contactPreferences = Object.fromEntries(
    contactMessageTypes.map((type) => {
      const row = contacts.find((c) => c.messageType === type);
      const channels = row
        ? { voice: row.voice === 1, text: row.text === 1, email: row.email === 1 }
        : defaultContactChannels(type);
      return [type, channels];
    }),
  ) as Record<ContactMessageType, ContactChannels>;
  return {
    portalLanguage: account.portalLanguage,
    communicationLanguage: account.communicationLanguage,
    notifications,
    gradeBelowPercent: account.gradeBelowPercent,
    lowBalanceThresholdCents: account.lowBalanceThresholdCents,
    contactPreferences,
  };
}

/** Changes the fields given, in one transaction; answers the whole settings. */
export async function updateSettings(
  db: PortalDb,
  accountId: number,
  update: SettingsUpdate,
): Promise<Settings> {
  const threshold = update.lowBalanceThresholdCents;
  if (threshold === null) {
    // The money side always alerts below some balance; 0 alerts only below zero.
    throw new ApiProblem(
      400,
      'invalid_request',
      'The lunch-balance threshold is an amount in cents (0 or more).',
      '/lowBalanceThresholdCents',
    );
  }
  await db.transaction().execute(async (trx) => {
    const columns = {
      ...(update.portalLanguage !== undefined ? { portalLanguage: update.portalLanguage } : {}),
      ...(update.communicationLanguage !== undefined
        ? { communicationLanguage: update.communicationLanguage }
        : {}),
      ...(update.gradeBelowPercent !== undefined
        ? { gradeBelowPercent: update.gradeBelowPercent }
        : {}),
      ...(threshold !== undefined ? { lowBalanceThresholdCents: threshold } : {}),
    };
    if (Object.keys(columns).length > 0) {
      await trx.updateTable('account').set(columns).where('id', '=', accountId).execute();
    }
    for (const [kind, enabled] of Object.entries(update.notifications ?? {})) {
      if (enabled === undefined) continue;
      await trx
        .insertInto('notificationSetting')
        .values({ accountId, kind, enabled: enabled ? 1 : 0 })
        .onConflict((oc) => oc.columns(['accountId', 'kind']).doUpdateSet({ enabled: enabled ? 1 : 0 }))
        .execute();
    }
    for (const [messageType, channels] of Object.entries(update.contactPreferences ?? {})) {
      if (!channels) continue;
      const flags = {
        voice: channels.voice ? 1 : 0,
        text: channels.text ? 1 : 0,
        email: channels.email ? 1 : 0,
      };
      await trx
        .insertInto('contactPreference')
        .values({ accountId, messageType, ...flags })
        .onConflict((oc) => oc.columns(['accountId', 'messageType']).doUpdateSet(flags))
        .execute();
    }
  });
  return readSettings(db, accountId);
}
