/**
 * A small map whose entries live `ttlMs`, for answers read on every request
 * (a session, who is signed in). Another process's change shows after at
 * most `ttlMs`; this process's own changes call `delete`.
 */
export class ShortCache<K, V> {
  readonly #entries = new Map<K, { value: V; until: number }>();

  constructor(
    readonly ttlMs: number,
    readonly maxEntries = 10_000,
  ) {}

  get(key: K, now: number): V | undefined {
    const entry = this.#entries.get(key);
    if (!entry) return undefined;
    if (entry.until <= now) {
      this.#entries.delete(key);
      return undefined;
    }
    return entry.value;
  }

  set(key: K, value: V, now: number): void {
    if (this.#entries.size >= this.maxEntries) {
      // Maps keep insertion order: the first key is the oldest.
      const oldest = this.#entries.keys().next();
      if (!oldest.done) this.#entries.delete(oldest.value);
    }
    this.#entries.set(key, { value, until: now + this.ttlMs });
  }

  delete(key: K): void {
    this.#entries.delete(key);
  }

  clear(): void {
    this.#entries.clear();
  }
}
