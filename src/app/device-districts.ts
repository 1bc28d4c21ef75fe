/**
 * The districts this device has chosen, and the one this tab works in.
 * A district is remembered by its slug (the server's name for it in
 * `X-District`) with its name and state for the account menu. The tab's
 * district is kept per tab (a reload keeps it, a second tab may hold
 * another) and the last one chosen opens a new tab.
 */
export interface DeviceDistrict {
  slug: string;
  name: string;
  state: string;
  /**
   * The server's default district: its requests go without `X-District`
   * (its cookie and device database are the ones from before districts
   * had slugs), so choosing it in the directory finds the same sign-in.
   */
  viaDefault?: boolean;
}

const listKey = 'portal.districts';
const lastKey = 'portal.district';
/** A link may name the district (`/?district=slug`): the tab then works there. */
export const districtParam = 'district';

export function deviceDistricts(): DeviceDistrict[] {
  try {
    const parsed: unknown = JSON.parse(localStorage.getItem(listKey) ?? '[]');
    return Array.isArray(parsed) ? parsed.filter(isDeviceDistrict) : [];
  } catch {
    return [];
  }
}

/** The tab's district: a link's, else the tab's own, else the device's last. */
export function tabDistrict(url: URL = new URL(location.href)): string | undefined {
  const linked = url.searchParams.get(districtParam);
  if (linked) return linked;
  return read(sessionStorage, lastKey) ?? read(localStorage, lastKey) ?? undefined;
}

/** Remembers a chosen district and makes it this tab's. */
export function chooseDistrict(district: DeviceDistrict): void {
  const others = deviceDistricts().filter((known) => known.slug !== district.slug);
  write(localStorage, listKey, JSON.stringify([...others, district]));
  useDistrict(district.slug);
}

/** Makes a known district (or the server's default, with none) this tab's. */
export function useDistrict(slug: string | undefined): void {
  write(sessionStorage, lastKey, slug ?? '');
  write(localStorage, lastKey, slug ?? '');
}

/** Remembers a district chosen in the directory; answers the slug to open. */
export function chooseDirectoryDistrict(
  district: { slug: string; name: string; state: string },
  defaultDistrict: string | null,
): string {
  const { slug, name, state } = district;
  chooseDistrict({ slug, name, state, ...(slug === defaultDistrict ? { viaDefault: true } : {}) });
  return slug;
}

/**
 * The session names its district: a sign-in without a chosen district was
 * for the server's default one, and a district opened by a link is
 * remembered with its name, so both show in the account menu.
 */
export function rememberSessionDistrict(district: { slug?: string; name: string; state: string }) {
  const tab = tabDistrict();
  if (tab && knownDistrict(tab)) return;
  const slug = tab ?? district.slug;
  if (!slug) return;
  chooseDistrict({ slug, name: district.name, state: district.state, ...(tab ? {} : { viaDefault: true }) });
}

/** What goes in `X-District` for a tab district: nothing for the default one. */
export function apiDistrict(slug: string | undefined): string | undefined {
  return knownDistrict(slug)?.viaDefault ? undefined : slug;
}

export function knownDistrict(slug: string | undefined): DeviceDistrict | undefined {
  return slug ? deviceDistricts().find((known) => known.slug === slug) : undefined;
}

/**
 * Opens the app anew at `url` (another district is another device
 * database, so a switch is a full load). An object so tests can watch it.
 */
export const appLoader = {
  open(url: string): void {
    location.assign(url);
  },
};

function isDeviceDistrict(value: unknown): value is DeviceDistrict {
  if (typeof value !== 'object' || value === null) return false;
  const { slug, name, state } = value as Record<string, unknown>;
  return typeof slug === 'string' && typeof name === 'string' && typeof state === 'string';
}

function read(storage: Storage, key: string): string | undefined {
  try {
    return storage.getItem(key) || undefined;
  } catch {
    return undefined;
  }
}

function write(storage: Storage, key: string, value: string): void {
  try {
    if (value) storage.setItem(key, value);
    else storage.removeItem(key);
  } catch {
    // Storage blocked: the choice lasts for this page only.
  }
}
