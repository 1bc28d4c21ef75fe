import { expect } from '@esm-bundle/chai';
import type { PortalDb } from '../../../src/data/db.ts';
import '../../../src/pages/attendance/attendance-page.ts';
import { attendanceByTerm, tally } from '../../../src/pages/attendance/attendance-data.ts';
import { expectAccessible } from '../axe.ts';
import { dropDb, freshDb, useLanguage } from '../helpers.ts';
import { emptyStates, mountPage, seed, texts } from './mount.ts';
import { recordChanges } from './record-fixture.ts';

const rowCells = (table: Element) =>
  [...table.querySelectorAll('tbody tr')].map((tr) =>
    [...tr.children].map((cell) => cell.textContent?.replace(/\s+/g, ' ').trim()),
  );

describe('Attendance page', () => {
  let db: PortalDb;
  let page: HTMLElement | undefined;
  beforeEach(async () => {
    db = freshDb();
    await useLanguage('en');
  });
  afterEach(async () => {
    page?.remove();
    await dropDb(db);
  });

  const mount = (context = {}) =>
    mountPage('attendance-page', db, { namespace: 'attendance', context });

  it('totals whole-day absences and tardies of the term, excused, unexcused and unknown', async () => {
    await seed(db, recordChanges());
    page = await mount();
    const [days, classes] = [...page.shadowRoot!.querySelectorAll('table')];

    expect(texts(page.shadowRoot!, 'h2')).to.deep.equal(['Fall']);
    expect(texts(days!, 'caption')).to.deep.equal(['Whole school days']);
    expect(texts(days!, 'thead th')).to.deep.equal(['Absences', 'Tardies']);
    expect(rowCells(days!)).to.deep.equal([
      ['Total', '2', '1'],
      ['Excused', '1', '1'],
      ['Unexcused', '1', '0'],
      ['Not yet excused', '0', '0'],
    ]);
    expect(texts(classes!, 'caption')).to.deep.equal(['By class']);
    expect(rowCells(classes!)).to.deep.equal([
      ['Math 7', '0', '1 0 excused, 1 not'],
      ['Science 7', '1 0 excused, 1 not', '0'],
    ]);
  });

  it('lists each event with its date, code, excuse and comment, latest first', async () => {
    await seed(db, recordChanges());
    page = await mount();
    const root = page.shadowRoot!;

    expect(texts(root, 'li .when')).to.deep.equal([
      'Dec 2',
      'Dec 1',
      'Nov 25',
      'Nov 16',
      'Oct 2',
    ]);
    expect(texts(root, 'li .line')[0]).to.equal('Tardy Attendance code: T Unexcused');
    expect(texts(root, 'li .detail')[0]).to.equal('Math 7 · arrived 8:07 AM · 7 min');
    expect(texts(root, 'li .detail')[3]).to.equal('Whole day');
    expect(texts(root, 'li .comment')).to.deep.equal(['Parent called: fever.', 'Bus was late.']);
  });

  it('says when a year has no attendance recorded', async () => {
    await seed(db, { ...recordChanges(), attendanceEvents: [] });
    page = await mount({ today: '2027-08-01' });
    expect(emptyStates(page.shadowRoot!)).to.deep.equal([
      'No attendance recorded — The school has recorded no absences, tardies or early departures for 2026-2027.',
    ]);
    page.remove();

    page = await mount();
    expect(emptyStates(page.shadowRoot!)[0]).to.contain('No absences or tardies this term');
  });

  it('files events without a term by their date and skips presence', () => {
    const { terms, attendanceEvents } = recordChanges();
    const events = attendanceEvents.map((e) => ({ ...e, termId: null }));
    events.push({ ...events[0]!, id: 9, category: 'present', date: '2027-02-01' });
    const groups = attendanceByTerm(events, terms, () => 'Course', '2026-12-03');
    expect(groups.map((g) => g.term?.name)).to.deep.equal(['Fall']);
    expect(tally(events).absence).to.deep.equal({ total: 3, excused: 1, unexcused: 1, unknown: 1 });
  });

  for (const language of ['en', 'es', 'zh-Hans', 'zh-Hant'] as const) {
    it(`passes axe in ${language}`, async () => {
      await seed(db, recordChanges());
      await useLanguage(language);
      page = await mount();
      await expectAccessible(page);
    });
  }
});
