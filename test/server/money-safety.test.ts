import assert from 'node:assert/strict';
import { execFile } from 'node:child_process';
import { mkdtemp, readFile, rm } from 'node:fs/promises';
import { existsSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { Writable } from 'node:stream';
import { promisify } from 'node:util';
import { afterEach, beforeEach, describe, test } from 'node:test';
import { buildApp } from '../../server/app.ts';
import { openPortalDatabase } from '../../server/db/database.ts';
import { MemoryMailer } from '../../server/mail/mailer.ts';
import { TestClock, getAs, signedInAs, type TestWorld } from './helpers/app.ts';
import { buildFixture } from './helpers/fixture.ts';
import { addCard, checkout, moneyFixture } from './helpers/money.ts';
import { writeAs } from './helpers/writes.ts';

const run = promisify(execFile);

/** A world on a SQLite file (not in memory), with its logs captured. */
async function fileWorld(dir: string) {
  const file = join(dir, 'portal.db');
  const { db } = await openPortalDatabase(file);
  const fixture = await buildFixture(db);
  const clock = new TestClock();
  const lines: string[] = [];
  const stream = new Writable({
    write(chunk, _encoding, done) {
      lines.push(String(chunk));
      done();
    },
  });
  const mailer = new MemoryMailer();
  const app = await buildApp({
    db, secureCookies: false, now: clock.now, mailer, logger: { level: 'debug', stream },
  });
  const world: TestWorld = { app, db, fixture, clock };
  return { world, file, lines, mailer };
}

describe('money safety', () => {
  let dir: string;
  beforeEach(async () => {
    dir = await mkdtemp(join(tmpdir(), 'portal-money-'));
  });
  afterEach(async () => {
    await rm(dir, { recursive: true, force: true });
  });

  test('card numbers and security codes reach neither the database file nor the logs', async () => {
    const { world, file, lines, mailer } = await fileWorld(dir);
    const money = await moneyFixture(world);
    const cookie = await signedInAs(world, 'a');
    const secrets = { visa: '4242424242424242', amex: '378282246310005', bad: '4242424242424241' };
    const codes = ['7391', '8264'];
    const visa = await writeAs(world.app, cookie, 'POST', '/api/v1/payment-methods', {
      kind: 'card', cardNumber: '4242 4242 4242 4242', expiryMonth: 11, expiryYear: 2031, securityCode: '739',
    });
    assert.equal(visa.statusCode, 201, visa.body);
    const amex = await writeAs(world.app, cookie, 'POST', '/api/v1/payment-methods', {
      kind: 'card', cardNumber: secrets.amex, expiryMonth: 11, expiryYear: 2031, securityCode: codes[0],
    });
    assert.equal(amex.statusCode, 201, amex.body);
    const bad = await writeAs(world.app, cookie, 'POST', '/api/v1/payment-methods', {
      kind: 'card', cardNumber: secrets.bad, expiryMonth: 11, expiryYear: 2031, securityCode: codes[1],
    });
    assert.equal(bad.statusCode, 422);
    assert.equal(bad.json().code, 'card_number_invalid');
    const paid = await checkout(world, cookie, {
      paymentMethodId: amex.json().id,
      lines: [{ kind: 'fee', feeId: money.fees.anaLaptop, amountCents: 5000 }],
    });
    assert.equal(paid.statusCode, 201, paid.body);
    assert.equal(paid.json().paymentMethod.lastFour, '0005');

    const stored = async () => {
      const parts = [await readFile(file)];
      for (const suffix of ['-wal', '-shm']) {
        if (existsSync(file + suffix)) parts.push(await readFile(file + suffix));
      }
      return Buffer.concat(parts).toString('latin1');
    };
    const whileOpen = await stored();
    await world.app.close();
    await world.db.destroy();
    const afterClose = await stored();
    const logs = lines.join('');
    const mails = JSON.stringify(mailer.sent);
    assert.ok(logs.length > 0 && whileOpen.length > 0);
    for (const [where, text] of [['database', whileOpen], ['database after close', afterClose], ['logs', logs], ['mail', mails]] as const) {
      for (const number of Object.values(secrets)) {
        assert.ok(!text.includes(number), `a card number in the ${where}`);
      }
      assert.ok(!text.includes('4242 4242'), `a spaced card number in the ${where}`);
      for (const code of [...codes, '739']) {
        // Not inside a longer run of digits or hex (ids, hashes, tokens).
        const alone = new RegExp(`(?<![0-9a-fA-F])${code}(?![0-9a-fA-F])`);
        assert.ok(!alone.test(text), `the security code ${code} in the ${where}`);
      }
    }
  });

  test('two checkouts racing for the same fee in one server: one pays, the other is refused', async () => {
    const { world } = await fileWorld(dir);
    const money = await moneyFixture(world);
    const cookie = await signedInAs(world, 'a');
    const card = await addCard(world, cookie);
    for (const feeId of [money.fees.anaLaptop, money.fees.anaLab]) {
      const fee = (await getAs(world.app, cookie, `/api/v1/fees/${feeId}`)).json();
      const body = { paymentMethodId: card, lines: [{ kind: 'fee', feeId, amountCents: fee.amountCents }] };
      const answers = await Promise.all([1, 2, 3].map(() => checkout(world, cookie, body)));
      const statuses = answers.map((a) => a.statusCode).sort();
      assert.deepEqual(statuses, [201, 409, 409], answers.map((a) => a.body).join('\n'));
      const after = (await getAs(world.app, cookie, `/api/v1/fees/${feeId}`)).json();
      assert.equal(after.paidCents, fee.amountCents);
    }
    await world.app.close();
    await world.db.destroy();
  });

  test('two server processes racing for the same fee on one SQLite file: one pays', async () => {
    const { world, file } = await fileWorld(dir);
    const money = await moneyFixture(world);
    const cookie = await signedInAs(world, 'a');
    const card = await addCard(world, cookie);
    const now = world.clock.now().toISOString();
    await world.app.close();
    await world.db.destroy();

    const body = JSON.stringify({
      paymentMethodId: card,
      receiptEmail: 'lucia@example.org',
      lines: [{ kind: 'fee', feeId: money.fees.anaLaptop, amountCents: 3000 }],
    });
    // Both processes start up first, then send at the same agreed instant.
    const startAt = String(Date.now() + 8000);
    const racer = join(import.meta.dirname, 'helpers', 'checkout-racer.ts');
    const answers = await Promise.all(
      [1, 2].map(() =>
        run(process.execPath, ['--import', 'tsx', racer, file, cookie, body, startAt, now], {
          timeout: 60_000,
        }),
      ),
    );
    const results = answers.map((a) => JSON.parse(a.stdout.trim()) as { status: number; code: string | null });
    assert.deepEqual(
      results.map((r) => r.status).sort(),
      [201, 422],
      JSON.stringify(results),
    );
    assert.ok(results.some((r) => r.code === 'amount_more_than_owed'));

    const { db } = await openPortalDatabase(file);
    const paid = await db
      .selectFrom('ledgerEntry')
      .select((eb) => eb.fn.sum<number>('amountCents').as('paid'))
      .where('feeId', '=', money.fees.anaLaptop)
      .executeTakeFirstOrThrow();
    assert.equal(Number(paid.paid), 3000);
    await db.destroy();
  });
});
