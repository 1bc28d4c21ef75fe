import assert from 'node:assert/strict';
import { test } from 'node:test';
import { openPortalDatabase } from '../../server/db/database.ts';
import { ensureDemoDistrict } from '../../server/demo/district.ts';
import { isPdf } from '../../server/documents/store.ts';

/** The demo district has a report card for every student and year with posted grades. */
test('the demo district makes report cards from its posted grades', async () => {
  const { db } = await openPortalDatabase(':memory:');
  try {
    await ensureDemoDistrict(db, { now: new Date('2026-12-03T15:00:00Z') });
    const withGrades = await db
      .selectFrom('grade as g')
      .innerJoin('section as s', 's.id', 'g.sectionId')
      .innerJoin('term as t', 't.id', 's.termId')
      .select(['g.studentId', 't.schoolYearId'])
      .where('g.status', '=', 'posted')
      .distinct()
      .execute();
    const cards = await db
      .selectFrom('studentDocument')
      .select(['studentId', 'schoolYearId', 'kind', 'content', 'title'])
      .execute();
    assert.ok(withGrades.length > 10);
    assert.equal(cards.length, withGrades.length);
    const key = (row: { studentId: number; schoolYearId: number }) =>
      `${row.studentId}:${row.schoolYearId}`;
    assert.deepEqual(new Set(cards.map(key)), new Set(withGrades.map(key)));
    for (const card of cards) {
      assert.equal(card.kind, 'report_card');
      assert.match(card.title, /^Report card \d{4}-\d{4}$/);
      assert.ok(isPdf(card.content));
    }
  } finally {
    await db.destroy();
  }
});
