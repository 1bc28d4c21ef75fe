import { expect } from '@esm-bundle/chai';
import { toAppError } from '../../src/data/app-error.ts';
import type { SyncOutcome } from '../../src/data/sync-outcome.ts';
import { SyncScheduler } from '../../src/data/sync-scheduler.ts';

const done: SyncOutcome = { ok: true, full: false, written: 0, deleted: 0, serverTime: '' };

describe('when the app syncs', () => {
  let scheduler: SyncScheduler | undefined;
  afterEach(() => scheduler?.stop());

  it('syncs on open, when the network returns and when asked; one run at a time', async () => {
    let runs = 0;
    let release: () => void = () => {};
    scheduler = new SyncScheduler({
      run: () => {
        runs += 1;
        return new Promise((resolve) => {
          release = () => resolve(done);
        });
      },
    });

    scheduler.start();
    expect(runs).to.equal(1);
    const joined = scheduler.refresh();
    expect(runs).to.equal(1);
    release();
    await joined;

    window.dispatchEvent(new Event('online'));
    expect(runs).to.equal(2);
    release();
    await scheduler.refresh();
  });

  it('tells the shell when the session is gone, and keeps the error code', async () => {
    let signedOut = false;
    scheduler = new SyncScheduler({
      run: async () => ({ ok: false, code: 'not_signed_in' }),
      onSignedOut: () => {
        signedOut = true;
      },
    });
    await scheduler.refresh();
    expect(signedOut).to.equal(true);
    expect(scheduler.status).to.deep.equal({ syncing: false, error: 'not_signed_in' });
  });

  it('recognises a full disk and a missing IndexedDB', () => {
    expect(toAppError(new DOMException('full', 'QuotaExceededError')).code).to.equal(
      'storage_full',
    );
    const dexieError = Object.assign(new Error('wrapped'), {
      name: 'AbortError',
      inner: new DOMException('full', 'QuotaExceededError'),
    });
    expect(toAppError(dexieError).code).to.equal('storage_full');
    const missing = Object.assign(new Error('no idb'), { name: 'MissingAPIError' });
    expect(toAppError(missing).code).to.equal('storage_unavailable');
  });
});
