import { liveQuery, type Subscription } from 'dexie';
import type { ReactiveController, ReactiveControllerHost } from 'lit';
import { queryAnswered, queryStarted } from './pending-queries.ts';
import { sameData } from './same-data.ts';

/**
 * Keeps a Dexie query's result on an element and re-renders it whenever the
 * data changes (a sync landing, a sign-out). The query re-subscribes when
 * its dependencies change, e.g. another student picked.
 */
export class LiveQueryController<T> implements ReactiveController {
  value: T | undefined;
  error: unknown;
  /** True once the first result (or error) arrived for the current deps. */
  settled = false;

  #host: ReactiveControllerHost;
  #query: () => Promise<T>;
  #deps: () => readonly unknown[];
  #lastDeps: readonly unknown[] | undefined;
  #subscription: Subscription | undefined;

  constructor(
    host: ReactiveControllerHost,
    query: () => Promise<T>,
    deps: () => readonly unknown[] = () => [],
  ) {
    this.#host = host;
    this.#query = query;
    this.#deps = deps;
    host.addController(this);
  }

  hostConnected(): void {
    this.#subscribe();
  }

  hostUpdate(): void {
    const deps = this.#deps();
    const changed =
      !this.#lastDeps ||
      deps.length !== this.#lastDeps.length ||
      deps.some((dep, index) => dep !== this.#lastDeps?.[index]);
    if (changed) this.#subscribe();
  }

  hostDisconnected(): void {
    queryAnswered(this);
    this.#subscription?.unsubscribe();
    this.#subscription = undefined;
    this.#lastDeps = undefined;
  }

  #subscribe(): void {
    this.#subscription?.unsubscribe();
    this.#lastDeps = this.#deps();
    this.settled = false;
    queryStarted(this);
    this.#subscription = liveQuery(this.#query).subscribe({
      next: (value) => {
        queryAnswered(this);
        // A sync touching the tables re-runs the query; the same answer needs no render.
        if (this.settled && this.error === undefined && sameData(this.value, value)) return;
        this.value = value;
        this.error = undefined;
        this.settled = true;
        this.#host.requestUpdate();
      },
      error: (error: unknown) => {
        queryAnswered(this);
        this.error = error;
        this.settled = true;
        this.#host.requestUpdate();
      },
    });
  }
}
