import type { AddressInfo } from 'node:net';
import type { DemoSignIn } from './accounts.ts';

const wildcardHosts = new Set(['0.0.0.0', '::', '']);

/** The address a person types into a browser for a listening server. */
export function portalUrl(address: AddressInfo | string | null): string {
  if (address === null) return 'http://localhost';
  if (typeof address === 'string') return address;
  const host = wildcardHosts.has(address.address) ? 'localhost' : address.address;
  return `http://${host.includes(':') ? `[${host}]` : host}:${address.port}`;
}

/**
 * The line `npm start` prints once listening: where to open the portal
 * and, for the demo district, how to sign in. Demo passwords are fictional
 * and public; real accounts never appear here.
 */
export function startupMessage(
  address: AddressInfo | string | null,
  signIns: readonly DemoSignIn[] | null,
  /** The second demo district's sign-in: the same parent's other district. */
  second?: { district: string; signIn: DemoSignIn } | null,
): string {
  const url = portalUrl(address);
  if (!signIns || signIns.length === 0) return `Parent portal: ${url}`;
  const [first, ...others] = signIns.map((s) => `${s.username} / ${s.password}`);
  const also = others.length > 0 ? ` (or ${others.join(', ')})` : '';
  const elsewhere = second
    ? `; in ${second.district} too: ${second.signIn.username} / ${second.signIn.password}`
    : '';
  return `Parent portal: ${url} — demo sign-in: ${first}${also}${elsewhere}`;
}
