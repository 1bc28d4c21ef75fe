import type { DirectoryDistrict } from '../../src/api/districts.ts';
import type { PortalDb } from '../db/database.ts';
import { assignMissingSlugs } from './slugs.ts';
import { sameState } from './states.ts';

/** A district this server holds, as requests and sign-ins need it. */
export interface HostedDistrict {
  id: number;
  slug: string;
  name: string;
  state: string;
  timeZone: string;
  portalAddress: string | null;
  kioskIdleSeconds: number;
}

/** The server setting naming the district requests without X-District are for. */
export const defaultDistrictSetting = 'default_district';

const reloadAfterMs = 5_000;
const maxMatches = 50;

/**
 * The districts hosted here and the directory of those elsewhere, read
 * again at most every five seconds, or at once when a slug is not known
 * (a district imported a moment ago).
 */
export class DistrictDirectory {
  readonly #db: PortalDb;
  #hosted: HostedDistrict[] = [];
  #elsewhere: DirectoryDistrict[] = [];
  #defaultId: number | null = null;
  #loadedAt = -Infinity;

  constructor(db: PortalDb) {
    this.#db = db;
  }

  /** The hosted district of a slug, 'elsewhere' for a directory entry, or null. */
  async bySlug(slug: string): Promise<HostedDistrict | 'elsewhere' | null> {
    const find = () =>
      this.#hosted.find((d) => d.slug === slug) ??
      (this.#elsewhere.some((d) => d.slug === slug) ? 'elsewhere' : null);
    await this.#fresh();
    const found = find();
    if (found) return found;
    await this.#load();
    return find();
  }

  async byId(id: number): Promise<HostedDistrict | null> {
    await this.#fresh();
    const find = () => this.#hosted.find((d) => d.id === id) ?? null;
    if (find()) return find();
    await this.#load();
    return find();
  }

  /** The only hosted district, else the one the server setting names, else null. */
  async defaultDistrict(): Promise<HostedDistrict | null> {
    await this.#load();
    return this.#default();
  }

  /**
   * Districts whose name holds `q` (any case) in `state`, hosted first, by
   * name, and the default district's slug: what a parent searching sees,
   * up to five seconds old.
   */
  async search(
    q: string | undefined,
    state: string | undefined,
  ): Promise<{ districts: DirectoryDistrict[]; defaultDistrict: string | null }> {
    await this.#fresh();
    const words = (q ?? '').toLowerCase().split(/\s+/).filter((w) => w !== '');
    const matches = (d: { name: string; state: string }) =>
      words.every((word) => d.name.toLowerCase().includes(word)) &&
      (!state?.trim() || sameState(d.state, state));
    const hosted: DirectoryDistrict[] = this.#hosted.map((d) => ({
      slug: d.slug, name: d.name, state: d.state, hosted: true, portalAddress: null,
    }));
    const byName = (a: DirectoryDistrict, b: DirectoryDistrict) => a.name.localeCompare(b.name);
    const districts = [
      ...hosted.filter(matches).sort(byName),
      ...this.#elsewhere.filter(matches).sort(byName),
    ].slice(0, maxMatches);
    return { districts, defaultDistrict: this.#default()?.slug ?? null };
  }

  #default(): HostedDistrict | null {
    if (this.#hosted.length === 1) return this.#hosted[0] ?? null;
    return this.#hosted.find((d) => d.id === this.#defaultId) ?? null;
  }

  /** Forget what was read (after an admin command changed districts). */
  invalidate(): void {
    this.#loadedAt = -Infinity;
  }

  async #fresh(): Promise<void> {
    if (performance.now() - this.#loadedAt > reloadAfterMs) await this.#load();
  }

  async #load(): Promise<void> {
    await assignMissingSlugs(this.#db);
    const rows = await this.#db
      .selectFrom('district')
      .select(['id', 'slug', 'name', 'state', 'timeZone', 'portalAddress', 'kioskIdleSeconds'])
      .orderBy('id')
      .execute();
    this.#hosted = rows.map((row) => ({ ...row, slug: row.slug ?? String(row.id) }));
    const elsewhere = await this.#db
      .selectFrom('districtDirectory')
      .select(['slug', 'name', 'state', 'portalAddress'])
      .execute();
    this.#elsewhere = elsewhere.map((row) => ({ ...row, hosted: false }));
    const setting = await this.#db
      .selectFrom('serverSetting')
      .select('value')
      .where('name', '=', defaultDistrictSetting)
      .executeTakeFirst();
    this.#defaultId = setting ? Number(setting.value) : null;
    this.#loadedAt = performance.now();
  }
}
