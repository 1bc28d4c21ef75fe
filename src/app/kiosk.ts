import { apiRequest } from '../data/http.ts';

/**
 * Whether this device is a school office kiosk: no "stay logged in", no
 * push offer, an idle sign-out, and a sign-out that leaves nothing of the
 * family behind. Staff turn it on at /kiosk with their code (the server
 * checks it); the flag stays on the device until staff turn it off there.
 */
const kioskKey = 'portal.kiosk';

/** The idle time when the server does not say (the district default). */
export const defaultKioskIdleSeconds = 180;

export function isKiosk(): boolean {
  try {
    return localStorage.getItem(kioskKey) === '1';
  } catch {
    return false;
  }
}

export function setKiosk(on: boolean): void {
  try {
    if (on) localStorage.setItem(kioskKey, '1');
    else localStorage.removeItem(kioskKey);
  } catch {
    // Storage blocked: the server's kiosk cookie still says it.
  }
}

/** What the server says of this device (its kiosk cookie). */
export interface KioskState {
  kiosk: boolean;
  district: { slug: string; name: string } | null;
  idleSeconds: number | null;
}

/** Asks the server whether this device is a kiosk and keeps the answer. */
export async function fetchKioskStatus(signal?: AbortSignal): Promise<KioskState> {
  const status = (await apiRequest('GET', '/api/v1/kiosk', { signal })) as KioskState;
  setKiosk(status.kiosk === true);
  return status;
}

/** Staff make the device a kiosk with their code (the server sets its cookie). */
export async function startKiosk(code: string, district?: string): Promise<KioskState> {
  await apiRequest('POST', '/api/v1/kiosk', { body: district ? { code, district } : { code } });
  return fetchKioskStatus();
}

export async function leaveKiosk(code: string): Promise<void> {
  await apiRequest('POST', '/api/v1/kiosk/leave', { body: { code } });
  setKiosk(false);
}
