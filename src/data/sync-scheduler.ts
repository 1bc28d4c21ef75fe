import type { AppErrorCode } from './app-error.ts';
import type { SyncOutcome } from './sync-outcome.ts';

export interface SyncStatus {
  syncing: boolean;
  /** The last run's failure, cleared by the next success. */
  error?: AppErrorCode;
}

export interface SyncSchedulerOptions {
  run: (signal: AbortSignal) => Promise<SyncOutcome>;
  /** The server said the session is gone. */
  onSignedOut?: () => void;
  /** Focus and `online` refreshes closer together than this are skipped. */
  minIntervalMs?: number;
}

/**
 * Decides when to sync: when the app opens, when it comes back into view,
 * when the network returns and when the person asks. One run at a time;
 * asking during a run waits for that run.
 */
export class SyncScheduler extends EventTarget {
  status: SyncStatus = { syncing: false };
  #options: SyncSchedulerOptions;
  #current: Promise<SyncOutcome> | undefined;
  #controller: AbortController | undefined;
  #lastStart = 0;

  constructor(options: SyncSchedulerOptions) {
    super();
    this.#options = options;
  }

  start(): void {
    document.addEventListener('visibilitychange', this.#onVisibility);
    window.addEventListener('online', this.#onOnline);
    void this.refresh();
  }

  stop(): void {
    document.removeEventListener('visibilitychange', this.#onVisibility);
    window.removeEventListener('online', this.#onOnline);
    this.#controller?.abort();
  }

  /** Syncs now (or joins the run in progress). */
  refresh(): Promise<SyncOutcome> {
    this.#current ??= this.#run().finally(() => {
      this.#current = undefined;
    });
    return this.#current;
  }

  async #run(): Promise<SyncOutcome> {
    this.#controller = new AbortController();
    this.#lastStart = Date.now();
    this.#update({ syncing: true, error: this.status.error });

    const outcome = await this.#options.run(this.#controller.signal);

    this.#update({ syncing: false, error: outcome.ok ? undefined : outcome.code });
    if (!outcome.ok && outcome.code === 'not_signed_in') this.#options.onSignedOut?.();
    return outcome;
  }

  #update(status: SyncStatus): void {
    this.status = status;
    this.dispatchEvent(new Event('change'));
  }

  #refreshIfStale(): void {
    if (Date.now() - this.#lastStart < (this.#options.minIntervalMs ?? 30_000)) return;
    void this.refresh();
  }

  #onVisibility = () => {
    if (document.visibilityState === 'visible') this.#refreshIfStale();
  };

  #onOnline = () => {
    // Coming back online always deserves a try, whatever the interval.
    void this.refresh();
  };
}
