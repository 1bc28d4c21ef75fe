import { createHash, randomBytes, randomInt } from 'node:crypto';
import type { FastifyReply, FastifyRequest } from 'fastify';
import type { KioskStatus } from '../../src/api/kiosk.ts';
import { hashPassword, verifyPassword } from '../accounts/passwords.ts';
import type { PortalDb } from '../db/database.ts';

/** The HttpOnly cookie that marks a device as a kiosk. */
export const kioskCookieName = 'portal_kiosk';
/** Browsers keep a cookie 400 days at most; the device stays a kiosk that long. */
const kioskCookieSeconds = 400 * 24 * 3600;

export interface Kiosk {
  idHash: string;
  districtId: number;
  slug: string;
  name: string;
  idleSeconds: number;
}

const hashOf = (id: string) => createHash('sha256').update(id).digest('hex');

/** The kiosk the request's device is, or null. */
export async function kioskOf(request: FastifyRequest): Promise<Kiosk | null> {
  const id = request.cookies[kioskCookieName];
  if (!id || id.length > 64) return null;
  const row = await request.server.db
    .selectFrom('kioskDevice as k')
    .innerJoin('district as d', 'd.id', 'k.districtId')
    .select(['k.idHash', 'k.districtId', 'd.slug', 'd.name', 'd.kioskIdleSeconds'])
    .where('k.idHash', '=', hashOf(id))
    .executeTakeFirst();
  if (!row) return null;
  return {
    idHash: row.idHash,
    districtId: row.districtId,
    slug: row.slug ?? String(row.districtId),
    name: row.name,
    idleSeconds: row.kioskIdleSeconds,
  };
}

export function kioskStatus(kiosk: Kiosk | null): KioskStatus {
  return kiosk
    ? {
        kiosk: true,
        district: { slug: kiosk.slug, name: kiosk.name },
        idleSeconds: kiosk.idleSeconds,
      }
    : { kiosk: false, district: null, idleSeconds: null };
}

/** Makes the device a kiosk of the district: a new row and its cookie. */
export async function startKiosk(
  reply: FastifyReply,
  districtId: number,
  now: Date,
): Promise<void> {
  const id = randomBytes(16).toString('base64url');
  await reply.server.db
    .insertInto('kioskDevice')
    .values({ idHash: hashOf(id), districtId, createdAt: now.toISOString() })
    .execute();
  reply.setCookie(kioskCookieName, id, {
    httpOnly: true,
    secure: reply.server.secureCookies,
    sameSite: 'strict',
    path: '/',
    maxAge: kioskCookieSeconds,
  });
}

export async function leaveKiosk(reply: FastifyReply, kiosk: Kiosk): Promise<void> {
  await reply.server.db.deleteFrom('kioskDevice').where('idHash', '=', kiosk.idHash).execute();
  reply.clearCookie(kioskCookieName, {
    httpOnly: true,
    secure: reply.server.secureCookies,
    sameSite: 'strict',
    path: '/',
  });
}

/** Letters and digits that cannot be mistaken for one another (no 0/O, 1/I/L). */
const codeAlphabet = 'ABCDEFGHJKMNPQRSTUVWXYZ23456789';

/** A new staff code, `XXXX-XXXX` (about 40 bits; wrong codes are rate limited). */
export function newKioskCode(): string {
  const chars = Array.from({ length: 8 }, () => codeAlphabet[randomInt(codeAlphabet.length)]);
  return `${chars.slice(0, 4).join('')}-${chars.slice(4).join('')}`;
}

/** The code as typed, without case, spaces or dashes. */
function normalized(code: string): string {
  return code.toUpperCase().replace(/[\s-]/g, '');
}

/** Stores a district's new staff code (argon2id); the old one stops working. */
export async function setKioskCode(db: PortalDb, districtId: number, code: string) {
  const kioskCodeHash = await hashPassword(normalized(code));
  await db.updateTable('district').set({ kioskCodeHash }).where('id', '=', districtId).execute();
}

/** null: the district has no code yet; else whether the code is right. */
export async function kioskCodeMatches(
  db: PortalDb,
  districtId: number,
  code: string,
): Promise<boolean | null> {
  const row = await db
    .selectFrom('district')
    .select('kioskCodeHash')
    .where('id', '=', districtId)
    .executeTakeFirst();
  if (!row?.kioskCodeHash) return null;
  return verifyPassword(row.kioskCodeHash, normalized(code)).catch(() => false);
}
