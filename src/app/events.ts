import type { SessionResponse } from '../api/account.ts';

/**
 * The app's events: `portal-` prefixed, bubbling and composed so they
 * leave shadow roots, typed through GlobalEventHandlersEventMap.
 */
export interface PortalEventDetails {
  'portal-student-change': { studentId: number };
  'portal-year-change': { schoolYearId: number };
  'portal-enrollment-change': { enrollmentId: number };
  'portal-signed-in': { session: SessionResponse };
  /** `idle`: the kiosk's idle time ran out; otherwise the person asked. */
  'portal-sign-out': { reason?: 'person' | 'idle' };
  'portal-refresh': Record<string, never>;
  'portal-menu-toggle': Record<string, never>;
  /** The person picked a language in the toolbar (already shown). */
  'portal-language-chosen': { language: string };
}

export type PortalEventName = keyof PortalEventDetails;

export function portalEvent<N extends PortalEventName>(
  name: N,
  detail: PortalEventDetails[N],
): CustomEvent<PortalEventDetails[N]> {
  return new CustomEvent(name, { detail, bubbles: true, composed: true });
}

declare global {
  interface GlobalEventHandlersEventMap {
    'portal-student-change': CustomEvent<PortalEventDetails['portal-student-change']>;
    'portal-year-change': CustomEvent<PortalEventDetails['portal-year-change']>;
    'portal-enrollment-change': CustomEvent<PortalEventDetails['portal-enrollment-change']>;
    'portal-signed-in': CustomEvent<PortalEventDetails['portal-signed-in']>;
    'portal-sign-out': CustomEvent<PortalEventDetails['portal-sign-out']>;
    'portal-refresh': CustomEvent<PortalEventDetails['portal-refresh']>;
    'portal-menu-toggle': CustomEvent<PortalEventDetails['portal-menu-toggle']>;
    'portal-language-chosen': CustomEvent<PortalEventDetails['portal-language-chosen']>;
  }
}
