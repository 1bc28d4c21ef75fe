/**
 * A page of the app. To add one: make `src/pages/<name>/<name>-page.ts`
 * (its element), `locales/<lng>/<name>.json` (its namespace), and add an
 * entry to `routes.ts`. A `menu` entry puts it in the toolbar.
 */
export interface Route {
  /** Stable name, also the menu item's id. */
  name: string;
  /** Path pattern; `:name` matches one segment. */
  path: string;
  /** The page element's tag, defined once `load` resolves. */
  tag: string;
  /** Loads the page's code lazily (a dynamic import). */
  load: () => Promise<unknown>;
  /** The page's i18next namespace, loaded with the code. */
  namespace?: string;
  /** i18n key of the page's name for the document title; the menu label by default. */
  title?: string;
  /**
   * Who may open it: `public` pages need no session (and send a signed-in
   * guardian home), `any` pages open signed in or not.
   */
  access: 'public' | 'guardian' | 'any';
  /** Present when the page is in the menu. */
  menu?: {
    /** i18n key of the label, in the `common` namespace. */
    label: string;
    /** Position in the menu; gaps leave room for later pages. */
    order: number;
    /** `more`: a page not needed every day, under the menu's "More" group. */
    group?: 'more';
  };
}

export type RouteParams = Record<string, string>;

export interface RouteMatch {
  route: Route;
  params: RouteParams;
}

/** Matches a pathname against a pattern like `/students/:studentId/today`. */
export function matchPath(pattern: string, pathname: string): RouteParams | undefined {
  const want = pattern.split('/').filter(Boolean);
  const have = pathname.replace(/\/+$/, '').split('/').filter(Boolean);
  if (want.length !== have.length) return undefined;

  const params: RouteParams = {};
  for (const [index, part] of want.entries()) {
    const value = have[index] ?? '';
    if (part.startsWith(':')) {
      params[part.slice(1)] = decodeURIComponent(value);
    } else if (part !== value) {
      return undefined;
    }
  }
  return params;
}

/** Fills a pattern's `:name` segments. */
export function buildPath(pattern: string, params: RouteParams): string {
  return pattern.replace(/:([A-Za-z]+)/g, (_, name: string) =>
    encodeURIComponent(params[name] ?? ''),
  );
}

export function findRoute(routes: readonly Route[], pathname: string): RouteMatch | undefined {
  for (const route of routes) {
    const params = matchPath(route.path, pathname);
    if (params) return { route, params };
  }
  return undefined;
}

export function isStudentRoute(route: Route): boolean {
  return route.path.includes(':studentId');
}
