import { expect } from '@esm-bundle/chai';
import Dexie from 'dexie';
import { openPortalDb, type PortalDb } from '../../src/data/db.ts';
import { schemaVersions, type SchemaVersion } from '../../src/data/schema.ts';
import { fullSync } from './fixture.ts';

/** The app's versions plus `later`, opened the way openPortalDb opens them. */
function openWith(name: string, later: readonly SchemaVersion[]): PortalDb {
  const db = new Dexie(name);
  for (const step of [...schemaVersions, ...later]) {
    const version = db.version(step.version).stores(step.stores);
    if (step.upgrade) version.upgrade(step.upgrade);
  }
  return db as PortalDb;
}

describe('device database versions', () => {
  it('numbers versions upwards and never drops a store', () => {
    const numbers = schemaVersions.map((v) => v.version);
    expect(numbers).to.deep.equal([...numbers].sort((a, b) => a - b));
    for (const step of schemaVersions) {
      for (const schema of Object.values(step.stores)) expect(schema).to.be.a('string');
    }
  });

  it('has one table per sync collection, keyed by id', () => {
    const db = openPortalDb(`versions-${Date.now()}`);
    for (const name of Object.keys(fullSync().changes)) {
      expect(db.table(name).schema.primKey.keyPath, name).to.equal('id');
    }
    db.close();
  });

  it('keeps the data when a later version adds an index and rewrites rows', async () => {
    const name = `migrate-${Date.now()}`;
    const v1 = openPortalDb(name);
    await v1.courses.bulkPut(fullSync().changes.courses ?? []);
    v1.close();

    // What a next version looks like: a new index and an upgrade of the rows.
    const next: SchemaVersion = {
      version: Math.max(...schemaVersions.map((v) => v.version)) + 1,
      stores: { courses: 'id, code' },
      upgrade: async (tx) => {
        await tx
          .table('courses')
          .toCollection()
          .modify((course: { code: string }) => {
            course.code = course.code.toUpperCase();
          });
      },
    };
    const upgraded = openWith(name, [next]);
    const art = await upgraded.courses.where('code').equals('ART').first();

    expect(await upgraded.courses.count()).to.equal(3);
    expect(art?.title).to.equal('Art');
    upgraded.close();
    await Dexie.delete(name);
  });
});
