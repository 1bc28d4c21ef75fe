import { expect } from '@esm-bundle/chai';
import { delay, http, HttpResponse } from 'msw';
import { openPortalDb, type PortalDb } from '../../src/data/db.ts';
import { retryDelaysMs } from '../../src/data/outbox/outbox-entry.ts';
import { flushOutbox } from '../../src/data/outbox/outbox-sender.ts';
import { claimEntry, queueWrite } from '../../src/data/outbox/outbox-store.ts';
import '../../src/pages/absence-requests/absence-requests-page.ts';
import { dropDb, freshDb, mockApi, until, useLanguage } from './helpers.ts';
import { mountPage, texts } from './pages/mount.ts';

const body = { studentIds: [11], excuseId: 1, kind: 'full_day', firstDate: '2026-12-07' };
const write = {
  kind: 'absence-request.create' as const,
  method: 'POST' as const,
  path: '/api/v1/absence-requests',
  body,
};
const created = {
  id: 5,
  kind: 'full_day',
  excuse: { id: 1, name: 'Sick' },
  firstDate: '2026-12-07',
  lastDate: '2026-12-07',
  time: null,
  comment: null,
  status: 'submitted',
  staffNote: null,
  students: [{ studentId: 11, schoolDays: 1 }],
  history: [],
  createdAt: '2026-12-03T15:00:00.000Z',
  updatedAt: '2026-12-03T15:00:00.000Z',
};

describe('outbox', () => {
  let db: PortalDb;
  beforeEach(async () => {
    db = freshDb();
    await useLanguage('en');
  });
  afterEach(async () => {
    document.querySelectorAll('absence-requests-page').forEach((page) => page.remove());
    await dropDb(db);
  });

  it('marks a 4xx as failed with its reason, shown translated with Edit and Discard', async () => {
    await mockApi(
      http.post('/api/v1/absence-requests', () =>
        HttpResponse.json({ code: 'not_a_school_day', message: 'No school' }, { status: 422 }),
      ),
      http.get('/api/v1/absence-requests', () => HttpResponse.json({ absenceRequests: [] })),
      http.get('/api/v1/excuses', () => HttpResponse.json({ excuses: [] })),
    );
    const key = await queueWrite(db, write);

    const report = await flushOutbox(db);

    expect(report).to.deep.equal({ sent: 0, failed: 1, retrying: 0 });
    const entry = await db.outbox.get(key);
    expect(entry?.state).to.equal('failed');
    expect(entry?.failure).to.deep.equal({ code: 'not_a_school_day', status: 422 });

    await useLanguage('es');
    const page = await mountPage('absence-requests-page', db, { namespace: 'absences' });
    const root = page.shadowRoot!;
    await until(() => !!root.querySelector('[data-state=failed]'));
    expect(texts(root, '.failure')).to.deep.equal([
      'No enviada: Ese día no hay clases. Elija un día lectivo.',
    ]);
    expect(texts(root, '[data-state=failed] .actions .button')).to.deep.equal(['Editar', 'Descartar']);
    root.querySelector<HTMLButtonElement>('button.discard')!.click();
    await until(() => !root.querySelector('[data-state=failed]'));
    expect(await db.outbox.count()).to.equal(0);
  });

  it('keeps a 5xx or a network error queued and retries with the same key after the back-off', async () => {
    const keys: (string | null)[] = [];
    const answers = [
      () => HttpResponse.json({ code: 'server_error', message: 'x' }, { status: 500 }),
      () => HttpResponse.error(),
      () => HttpResponse.json(created, { status: 201 }),
    ];
    await mockApi(
      http.post('/api/v1/absence-requests', ({ request }) => {
        keys.push(request.headers.get('idempotency-key'));
        return (answers[keys.length - 1] ?? answers[2]!)();
      }),
    );
    let now = 1_000_000;
    const clock = () => now;
    const key = await queueWrite(db, write, now);

    expect(await flushOutbox(db, { now: clock })).to.deep.equal({ sent: 0, failed: 0, retrying: 1 });
    let entry = await db.outbox.get(key);
    expect(entry?.state).to.equal('waiting');
    expect(entry?.attempts).to.equal(1);
    expect(entry?.nextAttemptAt).to.equal(now + retryDelaysMs[0]);

    // Not due yet: nothing is sent.
    expect(await flushOutbox(db, { now: clock })).to.deep.equal({ sent: 0, failed: 0, retrying: 0 });
    now += retryDelaysMs[0];
    expect(await flushOutbox(db, { now: clock })).to.deep.equal({ sent: 0, failed: 0, retrying: 1 });
    entry = await db.outbox.get(key);
    expect(entry?.attempts).to.equal(2);
    expect(entry?.nextAttemptAt).to.equal(now + retryDelaysMs[1]);

    // The network came back: forced, the entry goes now.
    expect(await flushOutbox(db, { now: clock, force: true })).to.deep.equal({
      sent: 1,
      failed: 0,
      retrying: 0,
    });
    expect(keys).to.deep.equal([key, key, key]);
    entry = await db.outbox.get(key);
    expect(entry?.state).to.equal('sent');
    expect((await db.absenceRequests.get(5))?.status).to.equal('submitted');
  });

  it('never lets two senders (page and service worker) both send one entry', async () => {
    let posts = 0;
    await mockApi(
      http.post('/api/v1/absence-requests', async () => {
        posts += 1;
        await delay(150);
        return HttpResponse.json(created, { status: 201 });
      }),
    );
    await queueWrite(db, write);
    await queueWrite(db, { ...write, body: { ...body, firstDate: '2026-12-08' } });
    // The service worker opens the same database through its own connection.
    const worker = openPortalDb(db.name, { durability: 'strict' });

    const reports = await Promise.all([
      flushOutbox(db, { force: true }),
      flushOutbox(worker, { force: true }),
      flushOutbox(db, { force: true }),
    ]);
    worker.close();

    expect(posts).to.equal(2);
    expect(reports.reduce((sum, report) => sum + report.sent, 0)).to.equal(2);
  });

  it('takes back a claim whose sender went away a minute ago, and no sooner', async () => {
    const key = await queueWrite(db, write, 0);
    expect(await claimEntry(db, key, { now: 10, force: false })).to.not.equal(undefined);
    expect(await claimEntry(db, key, { now: 30_000, force: true })).to.equal(undefined);
    expect((await claimEntry(db, key, { now: 70_011, force: false }))?.state).to.equal('sending');
  });
});
