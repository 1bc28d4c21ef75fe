import type { Settings, SettingsUpdate } from '../../api/settings.ts';
import type { OutboxEntry } from '../../data/outbox/outbox-entry.ts';
import { readMeta, writeMeta, type PortalDb } from '../../data/db.ts';
import { apiRequest } from '../../data/http.ts';
import { submitWrite } from '../../data/outbox/outbox-runner.ts';

export const settingsPath = '/api/v1/settings';

/** What the page shows: the server's settings with the changes still on their way. */
export interface SettingsView {
  /** Undefined until the device has had the settings from the server once. */
  settings: Settings | undefined;
  /** Changes not yet taken by the server, oldest first. */
  pending: OutboxEntry[];
  /** A change the server refused, kept for the person to see and discard. */
  failed: OutboxEntry | undefined;
}

/** Reads the settings kept on the device and the outbox's settings changes. */
export async function loadSettingsView(db: PortalDb): Promise<SettingsView> {
  return db.transaction('r', [db.meta, db.outbox], async () => {
    const stored = await readMeta(db, 'settings');
    const entries = (await db.outbox.where('kind').equals('settings.update').sortBy('createdAt'))
      .filter((entry) => entry.state !== 'sent');
    const pending = entries.filter((entry) => entry.state !== 'failed');
    const failed = entries.find((entry) => entry.state === 'failed');
    const settings = stored && pending.reduce((view, entry) => merge(view, entry.body), stored);
    return { settings, pending, failed };
  });
}

/** Asks the server for the settings and keeps them on the device. */
export async function refreshSettings(db: PortalDb, signal?: AbortSignal): Promise<Settings> {
  const settings = (await apiRequest('GET', settingsPath, { signal })) as Settings;
  await writeMeta(db, 'settings', settings);
  return settings;
}

/** Queues the changed fields; the outbox sends them now or once online. */
export async function saveSettings(db: PortalDb, update: SettingsUpdate): Promise<string> {
  return submitWrite(db, { kind: 'settings.update', method: 'PUT', path: settingsPath, body: update });
}

/** The fields of `next` that differ from `current`, as PUT wants them. */
export function changedFields(current: Settings, next: Settings): SettingsUpdate {
  const update: SettingsUpdate = {};
  if (next.portalLanguage !== current.portalLanguage) update.portalLanguage = next.portalLanguage;
  if (next.communicationLanguage !== current.communicationLanguage) {
    update.communicationLanguage = next.communicationLanguage;
  }
  if (next.gradeBelowPercent !== current.gradeBelowPercent) {
    update.gradeBelowPercent = next.gradeBelowPercent;
  }
  if (next.lowBalanceThresholdCents !== current.lowBalanceThresholdCents) {
    update.lowBalanceThresholdCents = next.lowBalanceThresholdCents;
  }
  const kinds = Object.entries(next.notifications).filter(
    ([kind, on]) => current.notifications[kind as keyof Settings['notifications']] !== on,
  );
  if (kinds.length) update.notifications = Object.fromEntries(kinds);
  const types = Object.entries(next.contactPreferences).filter(([type, channels]) => {
    const was = current.contactPreferences[type as keyof Settings['contactPreferences']];
    return was.voice !== channels.voice || was.text !== channels.text || was.email !== channels.email;
  });
  if (types.length) update.contactPreferences = Object.fromEntries(types);
  return update;
}

/** Settings with a queued change laid over them, as the server will apply it. */
export function merge(settings: Settings, body: unknown): Settings {
  const update = (body ?? {}) as SettingsUpdate;
  return {
    ...settings,
    ...pick(update, ['portalLanguage', 'communicationLanguage', 'gradeBelowPercent']),
    ...pick(update, ['lowBalanceThresholdCents']),
    notifications: { ...settings.notifications, ...update.notifications },
    contactPreferences: { ...settings.contactPreferences, ...update.contactPreferences },
  };
}

function pick<K extends keyof SettingsUpdate>(update: SettingsUpdate, keys: K[]) {
  return Object.fromEntries(keys.filter((key) => key in update).map((key) => [key, update[key]]));
}

/** Dollars as typed ("5", "5.5", "5,50") to cents; undefined when not an amount. */
export function dollarsToCents(text: string): number | undefined {
  const match = /^\s*(\d{1,7})(?:[.,](\d{1,2}))?\s*$/.exec(text);
  if (!match) return undefined;
  return Number(match[1]) * 100 + Number((match[2] ?? '').padEnd(2, '0'));
}

/** Cents as the field shows them: 500 -> "5.00" (no rounding: cents are whole). */
export function centsToDollars(cents: number): string {
  return `${Math.floor(cents / 100)}.${String(cents % 100).padStart(2, '0')}`;
}
