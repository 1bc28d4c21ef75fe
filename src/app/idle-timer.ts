/** The clock the idle timer runs on; tests pass a fake one. */
export interface IdleClock {
  now(): number;
  setTimeout(callback: () => void, ms: number): number;
  clearTimeout(id: number): void;
}

export interface IdleTimerOptions {
  /** Time without activity until sign-out. */
  idleMs: number;
  /** The warning comes this long before sign-out. */
  warnMs?: number;
  clock?: IdleClock;
  /** Where the person's activity is heard. */
  target?: EventTarget;
}

/** What counts as someone using the device. */
const activityEvents = ['pointerdown', 'keydown', 'wheel', 'touchstart', 'scroll'];

const windowClock: IdleClock = {
  now: () => Date.now(),
  setTimeout: (callback, ms) => window.setTimeout(callback, ms),
  clearTimeout: (id) => window.clearTimeout(id),
};

/**
 * A kiosk's idle sign-out: `warn` some time before, `expire` at the end.
 * Any activity starts the wait again, also during the warning (someone is
 * there); after `expire` nothing restarts it. Deadlines are measured on the
 * clock, not counted in timer ticks, so a tablet that slept past its
 * deadline signs out as soon as it wakes.
 */
export class IdleTimer extends EventTarget {
  #options: Required<IdleTimerOptions>;
  #deadline = 0;
  #timer: number | undefined;
  #warned = false;
  #expired = false;

  constructor(options: IdleTimerOptions) {
    super();
    this.#options = {
      idleMs: options.idleMs,
      warnMs: options.warnMs ?? 30_000,
      clock: options.clock ?? windowClock,
      target: options.target ?? document,
    };
  }

  /** When sign-out falls due (clock ms). */
  get deadline(): number {
    return this.#deadline;
  }

  get warning(): boolean {
    return this.#warned;
  }

  start(): void {
    for (const name of activityEvents) {
      this.#options.target.addEventListener(name, this.#onActivity, { capture: true, passive: true });
    }
    this.activity();
  }

  stop(): void {
    for (const name of activityEvents) {
      this.#options.target.removeEventListener(name, this.#onActivity, { capture: true });
    }
    this.#cancel();
  }

  /** Someone used the device: the full idle time starts again. */
  activity(): void {
    if (this.#expired) return;
    const { clock, idleMs } = this.#options;
    this.#deadline = clock.now() + idleMs;
    if (this.#warned) {
      this.#warned = false;
      this.dispatchEvent(new Event('active'));
    }
    this.#schedule();
  }

  #schedule(): void {
    this.#cancel();
    const { clock, warnMs } = this.#options;
    const now = clock.now();
    if (now >= this.#deadline) {
      this.#expired = true;
      this.#warned = false;
      this.dispatchEvent(new Event('expire'));
      return;
    }
    const warnAt = this.#deadline - warnMs;
    if (!this.#warned && now >= warnAt) {
      this.#warned = true;
      this.dispatchEvent(new Event('warn'));
    }
    const next = this.#warned ? this.#deadline : warnAt;
    this.#timer = clock.setTimeout(() => this.#schedule(), Math.max(next - now, 0));
  }

  #cancel(): void {
    if (this.#timer !== undefined) this.#options.clock.clearTimeout(this.#timer);
    this.#timer = undefined;
  }

  #onActivity = () => this.activity();
}
