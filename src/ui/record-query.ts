import type { ReactiveControllerHost } from 'lit';
import type { PageContext } from '../app/page-context.ts';
import { LiveQueryController } from './live-query-controller.ts';

/**
 * A student record page's data, loaded live from the device database and
 * loaded again when the student, year, enrollment or day changes — or any
 * of the page's own `extra` inputs (a picked day, a picked term).
 */
export function recordQuery<T>(
  host: ReactiveControllerHost & { context: PageContext | undefined },
  load: (context: PageContext) => Promise<T>,
  extra: () => readonly unknown[] = () => [],
): LiveQueryController<T | undefined> {
  return new LiveQueryController(
    host,
    async () => (host.context ? load(host.context) : undefined),
    () => {
      const c = host.context;
      return [c?.db, c?.studentId, c?.schoolYearId, c?.enrollmentId, c?.today, ...extra()];
    },
  );
}
