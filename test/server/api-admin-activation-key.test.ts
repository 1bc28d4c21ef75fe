import assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { test } from 'node:test';
import { createActivationKey } from '../../server/accounts/activation-keys.ts';
import { openPortalDatabase } from '../../server/db/database.ts';
import { buildFixture, openTestDatabase } from './helpers/fixture.ts';

test('a key is a fresh GUID per call, for the guardian\'s source id', async () => {
  const { db } = await openTestDatabase();
  const fixture = await buildFixture(db);
  const first = await createActivationKey(db, 'G-1001', undefined, new Date());
  const second = await createActivationKey(db, 'G-1001', undefined, new Date());
  assert.ok(first.ok && second.ok);
  assert.match(first.key, /^[0-9a-f]{8}-[0-9a-f]{4}-4[0-9a-f]{3}-[89ab][0-9a-f]{3}-[0-9a-f]{12}$/);
  assert.notEqual(first.key, second.key);
  assert.equal(first.guardianId, fixture.guardians.a.id);
  await db.destroy();
});

test('unknown and ambiguous guardians get clear messages', async () => {
  const { db } = await openTestDatabase();
  await buildFixture(db);
  await buildFixture(db, { districtSourceId: '999', districtName: 'Other ISD' });
  const unknown = await createActivationKey(db, 'G-0000', undefined, new Date());
  assert.equal(unknown.ok, false);
  assert.match(!unknown.ok ? unknown.message : '', /No guardian with the id "G-0000"/);
  const ambiguous = await createActivationKey(db, 'G-1001', undefined, new Date());
  assert.match(!ambiguous.ok ? ambiguous.message : '', /--district/);
  const chosen = await createActivationKey(db, 'G-1001', '999', new Date());
  assert.equal(chosen.ok, true);
  await db.destroy();
});

test('the admin command prints the key, and explains failures', async () => {
  const dir = mkdtempSync(join(tmpdir(), 'portal-admin-'));
  const path = join(dir, 'portal.db');
  const { db } = await openPortalDatabase(path);
  await buildFixture(db);
  await db.destroy();
  const admin = (...args: string[]) =>
    spawnSync('node', ['--import', 'tsx', 'server/cli/admin.ts', ...args], {
      encoding: 'utf8',
    });
  try {
    const made = admin('activation-key', 'G-2002', '--db', path);
    assert.equal(made.status, 0, made.stderr);
    assert.match(made.stdout.trim(), /^[0-9a-f-]{36}$/);

    const missing = admin('activation-key', 'G-404', '--db', path);
    assert.equal(missing.status, 1);
    assert.match(missing.stderr, /No guardian/);

    const noDb = admin('activation-key', 'G-2002', '--db', join(dir, 'none.db'));
    assert.equal(noDb.status, 1);
    assert.match(noDb.stderr, /No portal database/);

    assert.equal(admin('no-such-command').status, 2);
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
});
