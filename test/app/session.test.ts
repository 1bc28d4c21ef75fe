import { expect } from '@esm-bundle/chai';
import { http, HttpResponse } from 'msw';
import { restoreSession, savedSession, signIn, signOut } from '../../src/app/session.ts';
import { readMeta, writeMeta, type PortalDb } from '../../src/data/db.ts';
import { queueWrite } from '../../src/data/outbox/outbox-store.ts';
import { session } from './fixture.ts';
import { dropDb, freshDb, mockApi } from './helpers.ts';

const signedOut = () =>
  HttpResponse.json({ code: 'not_signed_in', message: 'Sign in' }, { status: 401 });

describe('session on the device', () => {
  let db: PortalDb;
  beforeEach(() => {
    db = freshDb();
    localStorage.removeItem('portal.signOutPending');
  });
  afterEach(() => dropDb(db));

  it('opens offline with the kept session', async () => {
    await writeMeta(db, 'session', session);
    await mockApi(http.get('/api/v1/session', () => HttpResponse.error()));

    const state = await restoreSession(db);

    expect(state).to.deep.include({ status: 'signed-in', offline: true });
  });

  it('wipes the device when the server says the session ended', async () => {
    await writeMeta(db, 'session', session);
    await db.students.put({
      id: 11,
      firstName: 'Leo',
      middleName: null,
      lastName: 'Example',
      preferredName: null,
      birthDate: null,
    });
    await mockApi(http.get('/api/v1/session', signedOut));

    expect((await restoreSession(db)).status).to.equal('signed-out');
    expect(await db.students.count()).to.equal(0);
    expect(await readMeta(db, 'session')).to.equal(undefined);
  });

  it('keeps an ended session\'s unsent changes for the same guardian\'s next sign-in', async () => {
    await writeMeta(db, 'session', session);
    await queueWrite(db, { kind: 'settings.update', method: 'PUT', path: '/api/v1/settings', body: {} });
    await mockApi(
      http.get('/api/v1/session', signedOut),
      http.post('/api/v1/session', () => new HttpResponse(null, { status: 204 })),
    );
    expect((await restoreSession(db)).status).to.equal('signed-out');
    expect(await db.outbox.count()).to.equal(1);
    // Nothing opens the app with the ended session, not even offline.
    expect(await savedSession(db)).to.equal(undefined);

    // Another guardian signs in on this device: nothing of the first stays.
    await mockApi(
      http.post('/api/v1/session', () => new HttpResponse(null, { status: 204 })),
      http.get('/api/v1/session', () =>
        HttpResponse.json({ ...session, guardian: { ...session.guardian, id: 99 } }),
      ),
    );
    await signIn(db, { username: 'someone.else', password: 'x' });
    expect(await db.outbox.count()).to.equal(0);
  });

  it('wipes the previous family when another guardian signs in', async () => {
    await writeMeta(db, 'session', { ...session, guardian: { ...session.guardian, id: 99 } });
    await writeMeta(db, 'cursor', '500');
    await mockApi(
      http.post('/api/v1/session', () => new HttpResponse(null, { status: 204 })),
      http.get('/api/v1/session', () => HttpResponse.json(session)),
    );

    await signIn(db, { username: 'ana.example', password: 'x' });

    expect(await readMeta(db, 'cursor')).to.equal(undefined);
    expect((await readMeta(db, 'session'))?.guardian.id).to.equal(7);
  });

  it('finishes an offline sign-out with the server at the next start', async () => {
    await writeMeta(db, 'session', session);
    await mockApi(http.delete('/api/v1/session', () => HttpResponse.error()));
    await signOut(db);
    expect(await readMeta(db, 'session')).to.equal(undefined);

    // Still offline: signed out, whatever the cookie says.
    expect((await restoreSession(db)).status).to.equal('signed-out');

    let deleted = 0;
    await mockApi(
      http.delete('/api/v1/session', ({ request }) => {
        if (request.headers.get('x-requested-with') === 'portal') deleted += 1;
        return new HttpResponse(null, { status: 204 });
      }),
      http.get('/api/v1/session', signedOut),
    );
    expect((await restoreSession(db)).status).to.equal('signed-out');
    expect(deleted).to.equal(1);
    expect(localStorage.getItem('portal.signOutPending')).to.equal(null);
  });
});
