import { expect } from '@esm-bundle/chai';
import { http, HttpResponse } from 'msw';
import { AppError } from '../../src/data/app-error.ts';
import { readMeta, type PortalDb } from '../../src/data/db.ts';
import { syncOnce } from '../../src/data/sync.ts';
import { fullSync } from './fixture.ts';
import { dropDb, freshDb, mockApi } from './helpers.ts';

describe('sync to the device database', () => {
  let db: PortalDb;
  beforeEach(() => {
    db = freshDb();
  });
  afterEach(() => dropDb(db));

  it('writes a full sync in bulk and keeps the cursor', async () => {
    const asked: (string | null)[] = [];
    await mockApi(
      http.get('/api/v1/sync', ({ request }) => {
        asked.push(new URL(request.url).searchParams.get('cursor'));
        return HttpResponse.json(fullSync('100'));
      }),
    );

    const result = await syncOnce(db, { now: () => 1234 });

    expect(asked).to.deep.equal([null]);
    expect(result.full).to.equal(true);
    expect(await db.sections.count()).to.equal(3);
    expect(await db.assignments.where('[sectionId+dueDate]').equals([1, '2026-12-03']).count())
      .to.equal(1);
    expect(await readMeta(db, 'cursor')).to.equal('100');
    expect(await readMeta(db, 'lastSyncAt')).to.equal(1234);
  });

  it('applies a delta: changed rows replaced, deletions removed, cursor sent back', async () => {
    await mockApi(http.get('/api/v1/sync', () => HttpResponse.json(fullSync('100'))));
    await syncOnce(db);

    const asked: (string | null)[] = [];
    await mockApi(
      http.get('/api/v1/sync', ({ request }) => {
        asked.push(new URL(request.url).searchParams.get('cursor'));
        return HttpResponse.json({
          cursor: '105',
          serverTime: '2026-12-03T15:00:00.000Z',
          full: false,
          changes: {
            courses: [{ id: 1, schoolId: 1, code: 'MATH7', title: 'Math 7 Honors', subject: null }],
          },
          deletions: [
            { collection: 'assignments', id: 2 },
            { collection: 'somethingNew', id: 9 },
          ],
        });
      }),
    );
    const result = await syncOnce(db);

    expect(asked).to.deep.equal(['100']);
    expect(result).to.include({ full: false, written: 1, deleted: 1 });
    expect((await db.courses.get(1))?.title).to.equal('Math 7 Honors');
    expect(await db.assignments.get(2)).to.equal(undefined);
    expect(await db.assignments.count()).to.equal(3);
    expect(await readMeta(db, 'cursor')).to.equal('105');
  });

  it('replaces everything on a full answer', async () => {
    await mockApi(http.get('/api/v1/sync', () => HttpResponse.json(fullSync('100'))));
    await syncOnce(db);

    const smaller = fullSync('200');
    smaller.changes.sections = smaller.changes.sections?.slice(0, 1);
    await mockApi(http.get('/api/v1/sync', () => HttpResponse.json(smaller)));
    await syncOnce(db);

    expect(await db.sections.count()).to.equal(1);
  });

  it('refuses an answer that breaks the contract and writes nothing', async () => {
    const broken = fullSync('100') as unknown as { changes: { sections: unknown[] } };
    broken.changes.sections = [{ id: 'one' }];
    await mockApi(http.get('/api/v1/sync', () => HttpResponse.json(broken)));

    const error = await syncOnce(db).catch((e: unknown) => e);

    expect(error).to.be.instanceOf(AppError);
    expect((error as AppError).code).to.equal('sync_invalid_response');
    expect(await db.sections.count()).to.equal(0);
    expect(await readMeta(db, 'cursor')).to.equal(undefined);
  });

  it('reports a signed-out session by its code', async () => {
    await mockApi(
      http.get('/api/v1/sync', () =>
        HttpResponse.json({ code: 'not_signed_in', message: 'Sign in' }, { status: 401 }),
      ),
    );
    const error = await syncOnce(db).catch((e: unknown) => e);
    expect((error as AppError).code).to.equal('not_signed_in');
  });
});
