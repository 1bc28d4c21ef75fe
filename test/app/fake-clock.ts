import type { IdleClock } from '../../src/app/idle-timer.ts';

/** A clock that moves only when the test says so. */
export class FakeClock implements IdleClock {
  time = 1_000_000;
  #timers = new Map<number, { at: number; callback: () => void }>();
  #nextId = 1;

  now = () => this.time;

  setTimeout = (callback: () => void, ms: number) => {
    const id = this.#nextId++;
    this.#timers.set(id, { at: this.time + ms, callback });
    return id;
  };

  clearTimeout = (id: number) => {
    this.#timers.delete(id);
  };

  /** Moves time on, running each timer that falls due on the way. */
  tick(ms: number): void {
    const end = this.time + ms;
    for (;;) {
      const due = [...this.#timers.entries()]
        .filter(([, timer]) => timer.at <= end)
        .sort((a, b) => a[1].at - b[1].at)[0];
      if (!due) break;
      this.#timers.delete(due[0]);
      this.time = Math.max(this.time, due[1].at);
      due[1].callback();
    }
    this.time = end;
  }
}
