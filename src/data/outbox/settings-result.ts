import type { Settings } from '../../api/settings.ts';
import { writeMeta, type PortalDb } from '../db.ts';

/**
 * A sent settings change: the server answers the whole settings, which
 * become the device's. Here rather than in the settings page's module, as
 * the service worker applies results too and must not load page code.
 */
export async function keepSentSettings(db: PortalDb, result: unknown): Promise<void> {
  if (isSettings(result)) await writeMeta(db, 'settings', result);
}

function isSettings(value: unknown): value is Settings {
  return (
    typeof value === 'object' &&
    value !== null &&
    'notifications' in value &&
    'contactPreferences' in value &&
    'communicationLanguage' in value
  );
}
