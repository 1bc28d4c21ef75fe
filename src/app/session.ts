import type { ActivateRequest, SessionResponse, SignInRequest } from '../api/account.ts';
import { AppError } from '../data/app-error.ts';
import { clearGuardianData, readMeta, writeMeta, type PortalDb } from '../data/db.ts';
import { currentDistrict } from '../data/current-district.ts';
import { apiRequest } from '../data/http.ts';
import { countUnsent } from '../data/outbox/unsent.ts';
import { clearRuntimeCaches } from '../data/runtime-caches.ts';
import { rememberSessionDistrict } from './device-districts.ts';
import { isKiosk, setKiosk } from './kiosk.ts';
import { clearSelections } from './selection.ts';

export type SessionState =
  | { status: 'signed-in'; session: SessionResponse; offline: boolean }
  | { status: 'signed-out' };

/**
 * Set when a sign-out could not reach the server: the cookie may still be
 * valid. One per district, as each district has its own session.
 */
function signOutPendingKey(): string {
  const district = currentDistrict();
  return district ? `portal.signOutPending.${district}` : 'portal.signOutPending';
}

/**
 * Asks the server who is signed in. Without a network the session kept on
 * the device opens the app, so a parent offline still sees the data.
 */
export async function restoreSession(db: PortalDb): Promise<SessionState> {
  if (await finishPendingSignOut()) return { status: 'signed-out' };
  try {
    const session = asSession(await apiRequest('GET', '/api/v1/session'));
    await adoptSession(db, session);
    return { status: 'signed-in', session, offline: false };
  } catch (error) {
    if (error instanceof AppError && error.code === 'not_signed_in') {
      // An ended session is a sign-out: its family's data leaves the device,
      // unless changes still wait to be sent (and this is no kiosk): they
      // go once the same guardian signs in again (another one's sign-in
      // wipes them with the rest, see adoptSession).
      const waiting = isKiosk() ? 0 : await countUnsent(db).catch(() => 0);
      const kept = waiting > 0 ? await readMeta(db, 'session') : undefined;
      if (kept) {
        // Kept only to know whose they are: expired, it opens nothing.
        await writeMeta(db, 'session', { ...kept, expiresAt: new Date(0).toISOString() });
      } else {
        await clearGuardianData(db);
      }
      return { status: 'signed-out' };
    }
    const stored = await readMeta(db, 'session');
    if (stored && new Date(stored.expiresAt).getTime() > Date.now()) {
      return { status: 'signed-in', session: stored, offline: true };
    }
    return { status: 'signed-out' };
  }
}

/**
 * The session kept on this device, when it may open the app at once while
 * restoreSession checks it with the server (offline that check waits for
 * nothing; on a slow network the saved data still shows first). None while
 * an offline sign-out is pending or once the session has expired.
 */
export async function savedSession(db: PortalDb): Promise<SessionResponse | undefined> {
  if (readFlag(signOutPendingKey())) return undefined;
  const stored = await readMeta(db, 'session');
  return stored && new Date(stored.expiresAt).getTime() > Date.now() ? stored : undefined;
}

/**
 * A sign-out made offline is completed with the server before anything
 * else, so the next visit on a shared device is not signed in again.
 * True while it is still pending.
 */
async function finishPendingSignOut(): Promise<boolean> {
  if (!readFlag(signOutPendingKey())) return false;
  try {
    await apiRequest('DELETE', '/api/v1/session');
  } catch (error) {
    if (!(error instanceof AppError) || error.code === 'network_unavailable') return true;
  }
  writeFlag(signOutPendingKey(), false);
  return false;
}

export async function signIn(db: PortalDb, request: SignInRequest): Promise<SessionResponse> {
  await apiRequest('POST', '/api/v1/session', { body: request });
  // The new session is not the one an earlier offline sign-out meant to end.
  writeFlag(signOutPendingKey(), false);
  const session = asSession(await apiRequest('GET', '/api/v1/session'));
  await adoptSession(db, session);
  return session;
}

/** Activates an account, then signs in with the chosen username and password. */
export async function activateAccount(
  db: PortalDb,
  request: ActivateRequest,
): Promise<SessionResponse> {
  await apiRequest('POST', '/api/v1/account/activate', { body: request });
  return signIn(db, { username: request.username, password: request.password });
}

/**
 * Removes the guardian's data from this device (the district's database,
 * the runtime caches, the picked years), then ends the session. The
 * server's answer carries Clear-Site-Data, which may close the database
 * under the app: the caller starts the app afresh afterwards. The outbox
 * must have been dealt with before (see the shell's sign-out). Says
 * whether the server heard of it (offline it is told at the next start).
 */
export async function signOut(db: PortalDb): Promise<'ended' | 'pending'> {
  await clearGuardianData(db).catch(() => undefined);
  await clearRuntimeCaches().catch(() => undefined);
  clearSelections();
  try {
    await apiRequest('DELETE', '/api/v1/session');
  } catch (error) {
    // Offline: the device is wiped now and the server told at the next start.
    if (error instanceof AppError && error.code === 'network_unavailable') {
      writeFlag(signOutPendingKey(), true);
      return 'pending';
    }
  }
  return 'ended';
}

function readFlag(key: string): boolean {
  try {
    return localStorage.getItem(key) === '1';
  } catch {
    return false;
  }
}

function writeFlag(key: string, on: boolean): void {
  try {
    if (on) localStorage.setItem(key, '1');
    else localStorage.removeItem(key);
  } catch {
    // Storage blocked: nothing more can be remembered on this device.
  }
}

/** A different guardian on this device must never see the previous one's data. */
async function adoptSession(db: PortalDb, session: SessionResponse): Promise<void> {
  // The server's word on whether this device is a kiosk.
  if (session.kiosk !== undefined) setKiosk(session.kiosk);
  rememberSessionDistrict(session.district);
  const previous = await readMeta(db, 'session');
  const sameGuardian =
    previous?.guardian.id === session.guardian.id &&
    previous.district.id === session.district.id;
  if (previous && !sameGuardian) await clearGuardianData(db);
  await writeMeta(db, 'session', session);
}

/** A light shape check; the full contract check would weigh on the first load. */
function asSession(body: unknown): SessionResponse {
  const candidate = body as Partial<SessionResponse> | undefined;
  if (
    typeof candidate?.guardian?.id !== 'number' ||
    !Array.isArray(candidate.students) ||
    typeof candidate.district?.timeZone !== 'string'
  ) {
    throw new AppError('server_error', 'The session answer is not what the app expects');
  }
  return candidate as SessionResponse;
}
