import type { SessionResponse } from '../api/account.ts';
import type { PortalDb } from '../data/db.ts';
import type { RouteParams } from './route.ts';

/**
 * What the shell hands every page as its `context` property. Pages read
 * their data from `db` with live queries; they never fetch.
 */
export interface PageContext {
  db: PortalDb;
  session: SessionResponse;
  /** The student picked at the top right (per-student pages). */
  studentId: number;
  /** The school year picked; undefined until the first sync brings years. */
  schoolYearId: number | undefined;
  /** The enrollment picked, where the student has several in the year. */
  enrollmentId: number | undefined;
  /** Today's date in the district's time zone, `YYYY-MM-DD`. */
  today: string;
  /** The route's path parameters. */
  params: RouteParams;
}

/**
 * The properties every page element has: `db` always, `context` on pages
 * for a signed-in guardian.
 */
export interface PortalPage extends HTMLElement {
  db?: PortalDb;
  context?: PageContext;
}
