import assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { after, before, test } from 'node:test';
import { buildApp } from '../../server/app.ts';
import { openPortalDatabase } from '../../server/db/database.ts';
import { buildFixture } from './helpers/fixture.ts';

/** kiosk-code and districts through the real admin command, on a database file. */
let folder: string;
let file: string;

before(async () => {
  folder = mkdtempSync(join(tmpdir(), 'portal-districts-'));
  file = join(folder, 'portal.db');
  const { db } = await openPortalDatabase(file);
  await buildFixture(db);
  await buildFixture(db, { districtSourceId: 'RF', districtName: 'River Forks USD' });
  await db.destroy();
});
after(() => rmSync(folder, { recursive: true, force: true }));

function admin(...args: string[]) {
  const result = spawnSync(
    process.execPath,
    ['--import', 'tsx', 'server/cli/admin.ts', ...args, '--db', file],
    { encoding: 'utf8' },
  );
  return { status: result.status, stdout: result.stdout, stderr: result.stderr };
}

test('kiosk-code prints a code that makes a kiosk, and the next one replaces it', async () => {
  assert.equal(admin('kiosk-code').status, 1, 'two districts: which one?');
  assert.equal(admin('kiosk-code', '--district', 'river-forks', '--idle-minutes', '0').status, 2);

  const made = admin('kiosk-code', '--district', 'RF', '--idle-minutes', '2');
  assert.equal(made.status, 0, made.stderr);
  const code = made.stdout.match(/: ([A-Z0-9]{4}-[A-Z0-9]{4})\n/)?.[1];
  assert.ok(code, made.stdout);
  assert.match(made.stdout, /\/kiosk .*river-forks/);
  const again = admin('kiosk-code', '--district', 'river-forks');
  const newCode = again.stdout.match(/: ([A-Z0-9]{4}-[A-Z0-9]{4})\n/)?.[1];
  assert.ok(newCode && newCode !== code);

  const { db } = await openPortalDatabase(file);
  const app = await buildApp({ db, secureCookies: false });
  try {
    const tryCode = (c: string) =>
      app.inject({ method: 'POST', url: '/api/v1/kiosk', payload: { code: c, district: 'river-forks' } });
    assert.equal((await tryCode(code)).json().code, 'kiosk_code_wrong');
    const kiosk = await tryCode(newCode);
    assert.equal(kiosk.statusCode, 200);
    assert.equal(kiosk.json().idleSeconds, 120);
    const stored = await db.selectFrom('district').select('kioskCodeHash').where('sourceId', '=', 'RF')
      .executeTakeFirstOrThrow();
    assert.match(stored.kioskCodeHash ?? '', /^\$argon2id\$/);
    assert.ok(!stored.kioskCodeHash?.includes(newCode));
  } finally {
    await app.close();
    await db.destroy();
  }
});

test('districts lists, sets the default and the portal address, and keeps a directory', () => {
  const listed = admin('districts');
  assert.equal(listed.status, 0, listed.stderr);
  assert.match(listed.stdout, /grand-bend\s+Grand Bend ISD/);
  assert.match(listed.stdout, /river-forks\s+River Forks USD/);

  const set = admin('districts', 'set', 'RF', '--default', '--portal-address', 'https://rf.example/');
  assert.equal(set.status, 0, set.stderr);
  assert.match(set.stdout, /river-forks .*https:\/\/rf\.example .*yes/);
  assert.equal(admin('districts', 'set', 'RF', '--slug', 'Not A Slug').status, 2);

  const added = admin('districts', 'add-elsewhere', 'lakeview', '--name', 'Lakeview SD',
    '--state', 'Ohio', '--address', 'https://lakeview.example');
  assert.equal(added.status, 0, added.stderr);
  assert.match(admin('districts').stdout, /\(elsewhere\)\s+lakeview\s+Lakeview SD/);
  assert.equal(admin('districts', 'add-elsewhere', 'x', '--name', 'X').status, 2);
  assert.equal(admin('districts', 'remove-elsewhere', 'lakeview').status, 0);
  assert.equal(admin('districts', 'remove-elsewhere', 'lakeview').status, 1);
});
