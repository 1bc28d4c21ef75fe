import { randomUUID } from 'node:crypto';
import { buildApp } from '../../../server/app.ts';
import { openPortalDatabase } from '../../../server/db/database.ts';

/**
 * One side of the two-process race in money-safety.test.ts: its own
 * connection to the same SQLite file, a checkout sent at an agreed
 * instant. Prints the answer's status and code.
 * Usage: tsx checkout-racer.ts <db-file> <cookie> <body-json> <start-at-ms> <now-iso>
 */
const [file, cookie, body, startAt, nowIso] = process.argv.slice(2);
if (!file || !cookie || !body || !startAt || !nowIso) throw new Error('usage');
const { db } = await openPortalDatabase(file);
const app = await buildApp({ db, secureCookies: false, now: () => new Date(nowIso) });
await app.ready();
await new Promise((resolve) => setTimeout(resolve, Math.max(0, Number(startAt) - Date.now())));
const response = await app.inject({
  method: 'POST',
  url: '/api/v1/checkout',
  headers: { cookie, 'x-requested-with': 'portal', 'idempotency-key': randomUUID() },
  payload: JSON.parse(body) as object,
});
process.stdout.write(`${JSON.stringify({ status: response.statusCode, code: response.json().code ?? null })}\n`);
await app.close();
await db.destroy();
