import { createHash } from 'node:crypto';
import type { FastifyInstance, FastifyReply, FastifyRequest } from 'fastify';
import type { PortalDb } from '../db/database.ts';
import { signedInOf } from './authentication.ts';
import { ApiProblem } from './errors.ts';

/**
 * Idempotency-Key for writes that an offline device may send more than
 * once (the app's outbox retries until it has an answer).
 *
 * `app.register(idempotency)` inside a route plugin, after its
 * `requireGuardian` hook: every POST, PUT, PATCH and DELETE of that plugin
 * then needs the header (1–128 printable characters, else 400). Per
 * account, a key is claimed before the work by inserting its row (one
 * INSERT ... ON CONFLICT DO NOTHING: SQLite's single writer makes exactly
 * one request the owner, across processes too), and the answer is kept
 * with it when it is sent:
 *
 * - same key, same request (method, URL path, body): the kept answer again,
 *   with `Idempotent-Replayed: true`, and the work is not done again;
 * - same key, another request: 422 idempotency_key_reused;
 * - same key while the first is still running: waits for its answer (up
 *   to 10 s, then 409 idempotency_key_in_progress, which is safe to retry);
 * - a 5xx or an answer that never went out releases the key, so a retry
 *   does the work.
 *
 * Keys are kept at least 7 days (`purgeIdempotencyKeys`). Sign-in,
 * sign-out and activation do not take keys: they run without an account,
 * repeating a sign-in or sign-out is harmless, and an activation key works
 * once, so a replay cannot make a second account.
 */
export const keepIdempotencyKeysMs = 8 * 24 * 3600 * 1000;
const waitForOwnerMs = 10_000;
const pollMs = 20;
const abandonedClaimMs = 2 * 60 * 1000;
const unsafeMethods = new Set(['POST', 'PUT', 'PATCH', 'DELETE']);

declare module 'fastify' {
  interface FastifyRequest {
    /** The key this request claimed, to store its answer under. */
    idempotencyClaim: { accountId: number; key: string } | null;
  }
}

async function idempotencyPlugin(app: FastifyInstance): Promise<void> {
  if (!app.hasRequestDecorator('idempotencyClaim')) {
    app.decorateRequest('idempotencyClaim', null);
  }
  app.addHook('preHandler', claimKey);
  app.addHook('onSend', keepAnswer);
  app.addHook('onResponse', releaseUnanswered);
}
// Hooks apply to the routes of the plugin that registers this one.
Object.assign(idempotencyPlugin, { [Symbol.for('skip-override')]: true });
export const idempotency = idempotencyPlugin;

async function claimKey(request: FastifyRequest, reply: FastifyReply) {
  if (!unsafeMethods.has(request.method)) return;
  const key = keyOf(request);
  const { accountId } = signedInOf(request);
  const requestHash = hashRequest(request);
  const db = request.server.db;
  const claimed = await db
    .insertInto('idempotencyKey')
    .values({ accountId, key, requestHash, createdAt: request.server.now().toISOString() })
    .onConflict((conflict) => conflict.doNothing())
    .executeTakeFirst();
  if (Number(claimed.numInsertedOrUpdatedRows ?? 0) === 1) {
    request.idempotencyClaim = { accountId, key };
    return;
  }

  const kept = await keptAnswer(db, accountId, key, requestHash, request.server.now());
  return reply
    .status(kept.statusCode)
    .header('idempotent-replayed', 'true')
    .header('content-type', 'application/json; charset=utf-8')
    .send(kept.body);
}

function keyOf(request: FastifyRequest): string {
  const header = request.headers['idempotency-key'];
  const key = Array.isArray(header) ? undefined : header;
  if (key === undefined || key.length === 0) {
    throw new ApiProblem(
      400,
      'idempotency_key_required',
      'This request needs an Idempotency-Key header (a fresh random value per write).',
    );
  }
  if (key.length > 128 || !/^[\x21-\x7e]+$/.test(key)) {
    throw new ApiProblem(
      400,
      'idempotency_key_required',
      'The Idempotency-Key header must be 1 to 128 printable characters without spaces.',
    );
  }
  return key;
}

/** sha256 of method, path (with its ids) and body, keys sorted. */
export function hashRequest(request: FastifyRequest): string {
  const path = request.url.split('?')[0] ?? '';
  const text = canonicalJson([request.method, path, request.body ?? null]);
  return createHash('sha256').update(text).digest('hex');
}

function canonicalJson(value: unknown): string {
  if (Array.isArray(value)) return `[${value.map(canonicalJson).join(',')}]`;
  if (value !== null && typeof value === 'object') {
    const entries = Object.entries(value)
      .sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0))
      .map(([k, v]) => `${JSON.stringify(k)}:${canonicalJson(v)}`);
    return `{${entries.join(',')}}`;
  }
  return JSON.stringify(value) ?? 'null';
}

/** The answer kept under a key someone else claimed; waits while it runs. */
async function keptAnswer(
  db: PortalDb,
  accountId: number,
  key: string,
  requestHash: string,
  now: Date,
) {
  const deadline = Date.now() + waitForOwnerMs;
  for (;;) {
    const row = await db
      .selectFrom('idempotencyKey')
      .select(['requestHash', 'statusCode', 'responseBody', 'createdAt'])
      .where('accountId', '=', accountId)
      .where('key', '=', key)
      .executeTakeFirst();
    if (row && row.requestHash !== requestHash) {
      throw new ApiProblem(
        422,
        'idempotency_key_reused',
        'This Idempotency-Key was already used for a different request.',
      );
    }
    if (row && row.statusCode !== null) {
      return { statusCode: row.statusCode, body: row.responseBody ?? '' };
    }
    // The owner released the key (its work failed): this one may try again.
    if (!row || Date.now() > deadline) break;
    // A claim this old belongs to a process that died mid-request: free it
    // so the client's next retry does the work.
    if (Date.parse(row.createdAt) < now.getTime() - abandonedClaimMs) {
      await release(db, { accountId, key });
      break;
    }
    await new Promise((resolve) => setTimeout(resolve, pollMs));
  }
  const problem = new ApiProblem(
    409,
    'idempotency_key_in_progress',
    'The same request is still being processed. Please retry shortly.',
  );
  problem.headers['retry-after'] = '1';
  throw problem;
}

async function keepAnswer(request: FastifyRequest, reply: FastifyReply, payload: unknown) {
  const claim = request.idempotencyClaim;
  if (!claim) return payload;
  request.idempotencyClaim = null;
  const db = request.server.db;
  const where = db
    .updateTable('idempotencyKey')
    .where('accountId', '=', claim.accountId)
    .where('key', '=', claim.key);
  const kept = payload === null || payload === undefined || typeof payload === 'string';
  if (reply.statusCode >= 500 || !kept) {
    await release(db, claim);
  } else {
    await where
      .set({ statusCode: reply.statusCode, responseBody: payload ?? '' })
      .execute();
  }
  return payload;
}

async function releaseUnanswered(request: FastifyRequest) {
  const claim = request.idempotencyClaim;
  if (claim) await release(request.server.db, claim);
}

async function release(db: PortalDb, claim: { accountId: number; key: string }) {
  await db
    .deleteFrom('idempotencyKey')
    .where('accountId', '=', claim.accountId)
    .where('key', '=', claim.key)
    .where('statusCode', 'is', null)
    .execute();
}

/** The purge job: keys older than the kept time go. */
export async function purgeIdempotencyKeys(db: PortalDb, now: Date): Promise<number> {
  const before = new Date(now.getTime() - keepIdempotencyKeysMs).toISOString();
  const result = await db
    .deleteFrom('idempotencyKey')
    .where('createdAt', '<', before)
    .executeTakeFirst();
  return Number(result.numDeletedRows);
}
