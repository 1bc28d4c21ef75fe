/**
 * The district this page (or worker) works for: its slug goes to the
 * server as `X-District` on every API call and names the device database.
 * Undefined means the server's single default district, as before several
 * districts existed, with the database name devices already have.
 *
 * Module state on purpose: the page sets it once at start (a switch of
 * district reloads the page), the sync worker with each run, the service
 * worker per database it replays.
 */
let current: string | undefined;

export function setCurrentDistrict(slug: string | undefined): void {
  current = slug || undefined;
}

export function currentDistrict(): string | undefined {
  return current;
}

/** The request header that names the district. */
export const districtHeader = 'x-district';

/** Headers naming the district, for calls outside apiRequest (the outbox). */
export function districtHeaders(slug: string | undefined = current): Record<string, string> {
  return slug ? { [districtHeader]: slug } : {};
}
