import type { SessionResponse } from '../api/account.ts';
import { buildPath, findRoute, isStudentRoute, type Route, type RouteMatch } from './route.ts';
import { homeRouteName } from './routes.ts';

export type Navigation =
  | { kind: 'redirect'; to: string }
  | { kind: 'page'; match: RouteMatch }
  | { kind: 'not-found' }
  | { kind: 'no-students' };

/** The home page of a student (the first student when none is given). */
export function homePath(
  routes: readonly Route[],
  session: SessionResponse,
  studentId?: number,
  pageName: string = homeRouteName,
): string | undefined {
  const home =
    routes.find((route) => route.name === pageName && route.access === 'guardian') ??
    routes.find((route) => route.name === homeRouteName);
  const id = studentId ?? session.students[0]?.id;
  if (!home || id === undefined) return undefined;
  return buildPath(home.path, { studentId: String(id) });
}

/**
 * Decides what a URL shows for who is (not) signed in: signed-out visitors
 * go to sign-in and come back afterwards, a student who is not the
 * guardian's is replaced by their first student. A device that has no
 * district yet starts with the district search; pages open to anyone
 * (`any`: the emailed links, the kiosk set-up) never redirect.
 */
export function resolveNavigation(
  routes: readonly Route[],
  url: URL,
  session: SessionResponse | undefined,
  options: { districtChosen?: boolean } = {},
): Navigation {
  // `/?page=grades` (the manifest's shortcuts) opens that page for the first student.
  const page = url.searchParams.get('page') ?? undefined;
  const signedOutHome = options.districtChosen === false ? '/districts' : '/sign-in';
  const home = session ? homePath(routes, session, undefined, page) : signedOutHome;
  if (url.pathname === '/' || url.pathname === '/index.html') {
    return home ? { kind: 'redirect', to: home } : { kind: 'no-students' };
  }

  const match = findRoute(routes, url.pathname);
  if (!match) return { kind: 'not-found' };
  const { route, params } = match;

  if (route.access === 'guardian' && !session) {
    const next = encodeURIComponent(url.pathname + url.search);
    return { kind: 'redirect', to: `/sign-in?next=${next}` };
  }
  if (route.access === 'public' && session) {
    return home ? { kind: 'redirect', to: home } : { kind: 'no-students' };
  }
  if (session && isStudentRoute(route)) {
    const students = session.students.map((student) => String(student.id));
    const first = students[0];
    if (first === undefined) return { kind: 'no-students' };
    if (!students.includes(params.studentId ?? '')) {
      return { kind: 'redirect', to: buildPath(route.path, { ...params, studentId: first }) };
    }
  }
  return { kind: 'page', match };
}

/** A safe place to go after sign-in: only this app's own paths. */
export function nextPath(url: URL): string | undefined {
  const next = url.searchParams.get('next');
  return next && next.startsWith('/') && !next.startsWith('//') ? next : undefined;
}

/** The menu: routes with a `menu` entry, in order, linked for the given student. */
export function menuItems(
  routes: readonly Route[],
  studentId: number | undefined,
  currentName: string | undefined,
) {
  return routes
    .filter((route) => route.menu)
    .sort((a, b) => (a.menu?.order ?? 0) - (b.menu?.order ?? 0))
    .map((route) => ({
      name: route.name,
      href: buildPath(route.path, { studentId: String(studentId ?? '') }),
      label: route.menu?.label ?? route.name,
      current: route.name === currentName,
      ...(route.menu?.group ? { group: route.menu.group } : {}),
    }));
}
