/**
 * How long a sign-in lasts. Idle: time since the browser was last seen;
 * absolute: time since sign-in, however busy. "Stay logged in" is offered
 * only on a private device, so it gets the long pair.
 */
export interface SessionLifetime {
  idleMs: number;
  absoluteMs: number;
}

const minute = 60_000;
const hour = 60 * minute;
const day = 24 * hour;

export const sessionLifetimes: Record<'browser' | 'stayLoggedIn', SessionLifetime> =
  {
    browser: { idleMs: 30 * minute, absoluteMs: 12 * hour },
    stayLoggedIn: { idleMs: 30 * day, absoluteMs: 90 * day },
  };

/**
 * last_seen_at is written at most this often per session: a busy device
 * would otherwise write on every request. Idle expiry is thus exact to
 * within a minute.
 */
export const lastSeenWriteInterval = minute;

export function lifetimeOf(stayLoggedIn: boolean): SessionLifetime {
  return stayLoggedIn ? sessionLifetimes.stayLoggedIn : sessionLifetimes.browser;
}
