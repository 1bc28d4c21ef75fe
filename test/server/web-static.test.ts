import assert from 'node:assert/strict';
import { mkdir, mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { after, before, describe, test } from 'node:test';
import type { FastifyInstance } from 'fastify';
import { buildApp } from '../../server/app.ts';
import type { PortalDb } from '../../server/db/database.ts';
import { openTestDatabase } from './helpers/fixture.ts';

/** A stand-in for `dist/`: the web plugin only needs its shape. */
async function fakeDist(): Promise<string> {
  const root = await mkdtemp(path.join(tmpdir(), 'portal-dist-'));
  await mkdir(path.join(root, 'assets'));
  await mkdir(path.join(root, 'icons'));
  await writeFile(path.join(root, 'index.html'), '<!doctype html><title>Portal</title>');
  await writeFile(path.join(root, 'sw.js'), 'self.addEventListener("fetch", () => {});');
  await writeFile(path.join(root, 'manifest.webmanifest'), '{"name":"Portal"}');
  await writeFile(path.join(root, 'assets', 'index-AbC123.js'), 'console.log(1);');
  await writeFile(path.join(root, 'assets', 'index-AbC123.js.br'), 'brotli bytes');
  await writeFile(path.join(root, 'icons', 'icon-192.png'), 'png');
  return root;
}

describe('serving the web app', () => {
  let root: string;
  let db: PortalDb;
  let app: FastifyInstance;

  before(async () => {
    root = await fakeDist();
    ({ db } = await openTestDatabase());
    app = await buildApp({ db, secureCookies: false, webRoot: root });
  });

  after(async () => {
    await app.close();
    await db.destroy();
    await rm(root, { recursive: true, force: true });
  });

  test('hashed assets are cached for a year, the shell is revalidated', async () => {
    const asset = await app.inject({ url: '/assets/index-AbC123.js' });
    assert.equal(asset.statusCode, 200);
    assert.match(String(asset.headers['cache-control']), /max-age=31536000, immutable/);

    for (const url of ['/', '/index.html', '/sw.js', '/manifest.webmanifest']) {
      const answer = await app.inject({ url });
      assert.equal(answer.statusCode, 200, url);
      assert.equal(answer.headers['cache-control'], 'no-cache', url);
    }
  });

  test('pre-compressed twins are sent to browsers that accept them', async () => {
    const br = await app.inject({
      url: '/assets/index-AbC123.js',
      headers: { 'accept-encoding': 'br, gzip' },
    });
    assert.equal(br.headers['content-encoding'], 'br');
    assert.equal(br.body, 'brotli bytes');
    assert.match(String(br.headers['cache-control']), /immutable/);
    assert.match(String(br.headers['content-type']), /javascript/);

    const plain = await app.inject({ url: '/assets/index-AbC123.js' });
    assert.equal(plain.headers['content-encoding'], undefined);
    assert.equal(plain.body, 'console.log(1);');
    assert.equal((await app.inject({ url: '/assets/index-AbC123.js.br' })).statusCode, 404);
  });

  test('deep links answer the app shell', async () => {
    const answer = await app.inject({ url: '/students/12/today?x=1' });
    assert.equal(answer.statusCode, 200);
    assert.match(String(answer.headers['content-type']), /text\/html/);
    assert.match(answer.body, /<title>Portal<\/title>/);
    assert.equal(answer.headers['cache-control'], 'no-cache');
  });

  test('unknown API paths and missing files stay 404, never HTML', async () => {
    const api = await app.inject({ url: '/api/v1/nothing-here' });
    assert.equal(api.statusCode, 404);
    assert.equal(api.json().code, 'not_found');

    const chunk = await app.inject({ url: '/assets/index-gone.js' });
    assert.equal(chunk.statusCode, 404);
    assert.doesNotMatch(String(chunk.headers['content-type']), /text\/html/);
  });

  test('the API still answers', async () => {
    const health = await app.inject({ url: '/api/v1/health' });
    assert.deepEqual(health.json(), { ok: true });
  });
});
