import type { PageContext, PortalPage } from '../../../src/app/page-context.ts';
import type { SyncChanges, Collection } from '../../../src/api/sync.ts';
import { writeMeta, type PortalDb } from '../../../src/data/db.ts';
import { loadNamespace } from '../../../src/i18n/i18n.ts';
import { session, today } from '../fixture.ts';
import { until } from '../helpers.ts';

/** Puts a sync's records on the device, as the sync worker would. */
export async function seed(db: PortalDb, changes: SyncChanges): Promise<void> {
  await db.transaction('rw', db.tables, async () => {
    for (const [name, rows] of Object.entries(changes)) {
      await db.table(name as Collection).bulkPut(rows);
    }
  });
  await writeMeta(db, 'lastSyncAt', Date.now());
}

/**
 * Mounts a page element for student 11 with the given address query and
 * waits until it shows more than its loading line.
 */
export async function mountPage<K extends keyof HTMLElementTagNameMap>(
  tag: K,
  db: PortalDb,
  options: { namespace: string; search?: string; context?: Partial<PageContext> },
): Promise<HTMLElementTagNameMap[K]> {
  await loadNamespace(options.namespace);
  setSearch(options.search ?? '');
  const page = document.createElement(tag) as HTMLElementTagNameMap[K] & PortalPage;
  page.context = {
    db,
    session,
    studentId: 11,
    schoolYearId: 1,
    enrollmentId: 1,
    today,
    params: { studentId: '11' },
    ...options.context,
  };
  document.body.append(page);
  await settle(page);
  return page;
}

// The test runner keeps its own session id in the address: page parameters go beside it.
const runnerSearch = new URL(window.location.href).searchParams;

export function setSearch(search: string): void {
  const url = new URL(window.location.href);
  url.search = runnerSearch.toString();
  for (const [name, value] of new URLSearchParams(search)) url.searchParams.set(name, value);
  history.replaceState(null, '', url);
}

/** Waits until the page's live query answered and it rendered that answer. */
export async function settle(page: HTMLElement): Promise<void> {
  const root = () => page.shadowRoot;
  await until(() => !!root()?.querySelector('h1') && !root()?.querySelector('.loading'));
  await new Promise((resolve) => setTimeout(resolve, 30));
}

export const texts = (root: ParentNode, selector: string) =>
  [...root.querySelectorAll(selector)].map((node) => node.textContent?.replace(/\s+/g, ' ').trim());

export const emptyStates = (root: ParentNode) =>
  [...root.querySelectorAll('empty-state')].map((state) => `${state.heading} — ${state.reason}`);
