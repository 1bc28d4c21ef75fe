import assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { after, before, test } from 'node:test';
import { createMailer } from '../../server/mail/mailer.ts';

const dir = mkdtempSync(join(tmpdir(), 'portal-admin-mail-'));
const link = `https://portal.example.org/reset-password?token=${'Ab3_-'.repeat(12)}`;

function mail(...args: string[]) {
  const result = spawnSync(process.execPath, ['--import', 'tsx', 'server/cli/admin.ts', 'mail', ...args, '--dir', dir], {
    encoding: 'utf8',
  });
  return { status: result.status, out: result.stdout, err: result.stderr };
}

before(async () => {
  const mailer = createMailer({ from: 'Cedar Hollow USD <portal@example.org>', outbox: dir });
  await mailer.send({
    to: 'lucia@example.org',
    subject: 'Restablezca su contraseña',
    text: `Hola Lucía • abra este enlace dentro de una hora:\n${link}\n`,
  });
});
after(() => rmSync(dir, { recursive: true, force: true }));

test('mail list names each message by its decoded subject', () => {
  const listed = mail('list');
  assert.equal(listed.status, 0, listed.err);
  assert.match(listed.out, /^1 .*lucia@example\.org {2}Restablezca su contraseña$/m);
});

test('mail show prints the text decoded, its link whole on one line', () => {
  const raw = mail('show', '1', '--raw');
  assert.equal(raw.status, 0, raw.err);
  // As written to the file, the link is quoted-printable: '=' as =3D, lines folded.
  assert.ok(!raw.out.includes(link));

  const shown = mail('show', '1');
  assert.equal(shown.status, 0, shown.err);
  assert.match(shown.out, /^Subject: Restablezca su contraseña$/m);
  assert.match(shown.out, /^To: lucia@example\.org$/m);
  assert.ok(shown.out.split('\n').includes(link), shown.out);
  assert.match(shown.out, /Hola Lucía • abra/);
});

test('mail show with a number that is not there says which there are', () => {
  const missing = mail('show', '7');
  assert.equal(missing.status, 2);
  assert.match(missing.err, /holds messages 1 to 1/);
});
