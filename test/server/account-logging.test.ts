import assert from 'node:assert/strict';
import { Writable } from 'node:stream';
import { test } from 'node:test';
import { buildApp } from '../../server/app.ts';
import { MemoryMailer, type Mail, type Mailer } from '../../server/mail/mailer.ts';
import { setKioskCode } from '../../server/kiosk/devices.ts';
import { buildFixture, openTestDatabase } from './helpers/fixture.ts';
import { goodPassword } from './helpers/app.ts';
import { activateIn, mailsSent, tokenIn } from './helpers/districts.ts';

/** A mail server that refuses with a message quoting the address, as real ones do. */
class RefusingMailer implements Mailer {
  async send(mail: Mail): Promise<void> {
    throw Object.assign(new Error(`550 mailbox ${mail.to} unavailable`), { code: 'EENVELOPE' });
  }
}

function collect() {
  const lines: string[] = [];
  const stream = new Writable({
    write(chunk, _encoding, done) {
      lines.push(...String(chunk).split('\n').filter(Boolean));
      done();
    },
  });
  return { lines, stream };
}

test('account recovery and kiosks log no token, code, address or username', async () => {
  const { lines, stream } = collect();
  const { db } = await openTestDatabase();
  await buildFixture(db);
  const mailer = new MemoryMailer();
  const app = await buildApp({ db, secureCookies: false, mailer, logger: { level: 'info', stream } });
  await activateIn({ app, db }, '255901', 'G-1001', 'lucia.rivera', 'lucia@example.org');
  await setKioskCode(db, (await db.selectFrom('district').select('id').executeTakeFirstOrThrow()).id, 'ABCD-EFGH');

  await app.inject({ method: 'POST', url: '/api/v1/password-reset', payload: { email: 'lucia@example.org' } });
  const token = tokenIn((await mailsSent(mailer, 1))[0], '/reset-password');
  await app.inject({
    method: 'POST',
    url: '/api/v1/password-reset/complete',
    payload: { token, password: 'Birch-Canoe-77' },
  });
  await app.inject({ method: 'POST', url: '/api/v1/username-reminder', payload: { email: 'lucia@example.org' } });
  await app.inject({ method: 'POST', url: '/api/v1/kiosk', payload: { code: 'ABCD-EFGH' } });
  await mailsSent(mailer, 3);
  await app.close();

  const all = lines.join('\n');
  for (const secret of ['lucia', token, 'ABCD', goodPassword, 'Birch-Canoe-77']) {
    assert.ok(!all.includes(secret), `the log holds "${secret}"`);
  }
  await db.destroy();
});

test('a mail server refusing is logged by its code, not its message', async () => {
  const { lines, stream } = collect();
  const { db } = await openTestDatabase();
  await buildFixture(db);
  const app = await buildApp({
    db, secureCookies: false, mailer: new RefusingMailer(), logger: { level: 'info', stream },
  });
  await activateIn({ app, db }, '255901', 'G-1001', 'lucia.rivera', 'lucia@example.org');
  const answer = await app.inject({
    method: 'POST', url: '/api/v1/password-reset', payload: { username: 'lucia.rivera' },
  });
  assert.equal(answer.statusCode, 202, 'the guardian is told the same');
  const until = Date.now() + 5000;
  while (!lines.some((l) => l.includes('account email failed')) && Date.now() < until) {
    await new Promise((resolve) => setTimeout(resolve, 10));
  }
  await app.close();
  const failed = lines.find((l) => l.includes('account email failed'));
  assert.ok(failed, lines.join('\n'));
  assert.equal(JSON.parse(failed).code, 'EENVELOPE');
  assert.ok(!lines.join('\n').includes('lucia'));
  await db.destroy();
});
