import { expect } from '@esm-bundle/chai';
import type { PageContext } from '../../src/app/page-context.ts';
import type { Collection } from '../../src/api/sync.ts';
import { writeMeta, type PortalDb } from '../../src/data/db.ts';
import { loadNamespace } from '../../src/i18n/i18n.ts';
import '../../src/pages/today/today-page.ts';
import type { TodayPage } from '../../src/pages/today/today-page.ts';
import { expectAccessible } from './axe.ts';
import { familyChanges, session, today } from './fixture.ts';
import { dropDb, freshDb, until, useLanguage } from './helpers.ts';

async function seed(db: PortalDb): Promise<void> {
  const changes = familyChanges();
  await db.transaction('rw', db.tables, async () => {
    for (const [name, rows] of Object.entries(changes)) {
      await db.table(name as Collection).bulkPut(rows);
    }
  });
  await writeMeta(db, 'lastSyncAt', Date.now());
}

async function mountToday(db: PortalDb, day = today): Promise<TodayPage> {
  await loadNamespace('today');
  const page = document.createElement('today-page');
  const context: PageContext = {
    db,
    session,
    studentId: 11,
    schoolYearId: 1,
    enrollmentId: 1,
    today: day,
    params: { studentId: '11' },
  };
  page.context = context;
  document.body.append(page);
  await until(() => !!page.shadowRoot?.querySelector('.grid, empty-state'));
  return page;
}

const section = (page: TodayPage, heading: string) =>
  page.shadowRoot!.querySelector(`section[aria-labelledby=${heading}]`)!;

const texts = (root: Element, selector: string) =>
  [...root.querySelectorAll(selector)].map((node) => node.textContent?.replace(/\s+/g, ' ').trim());

const emptyState = (root: Element) => {
  const state = root.querySelector('empty-state');
  return state ? `${state.heading} — ${state.reason}` : '';
};

describe('Today page', () => {
  let db: PortalDb;
  let page: TodayPage | undefined;
  beforeEach(async () => {
    db = freshDb();
    await useLanguage('en');
  });
  afterEach(async () => {
    page?.remove();
    await dropDb(db);
  });

  it('lists the classes that meet today, in period order, with rooms and teachers', async () => {
    await seed(db);
    page = await mountToday(db);

    const schedule = section(page, 'schedule-heading');
    expect(texts(schedule, 'strong')).to.deep.equal(['Math 7', 'Science 7']);
    expect(texts(schedule, '.detail')).to.deep.equal([
      'Period 1 · Room 101 · Rosa Vidal',
      'Period 2 · Lab B · Sam Okafor',
    ]);
    expect(texts(schedule, '.when')[0]).to.equal('8:00 AM 8:50 AM');
  });

  it('shows work due today and tomorrow, also for a course that does not meet today', async () => {
    await seed(db);
    page = await mountToday(db);

    const due = section(page, 'due-heading');
    expect(texts(due, 'h3')).to.deep.equal(['Today', 'Tomorrow']);
    expect(texts(due, 'strong')).to.deep.equal(['Fractions worksheet', 'Color wheel poster']);
    expect(texts(due, '.when')).to.deep.equal(['Math 7', 'Art']);
  });

  it('shows recent scores, grade and attendance updates', async () => {
    await seed(db);
    page = await mountToday(db);

    expect(texts(section(page, 'scores-heading'), '.detail')[0]).to.equal(
      'Science 7 · 9 of 10 (90%)',
    );
    expect(texts(section(page, 'grades-heading'), '.detail')[0]).to.equal(
      'Quarter 2 · A- · 91.5% · In progress',
    );
    expect(texts(section(page, 'attendance-heading'), 'strong')).to.deep.equal(['Tardy']);
  });

  it('says why there are no classes on a weekend and on a holiday', async () => {
    await seed(db);
    page = await mountToday(db, '2026-12-05');
    expect(emptyState(section(page, 'schedule-heading'))).to.equal(
      'No classes today — It is not a school day.',
    );
    page.remove();

    page = await mountToday(db, '2026-12-24');
    expect(emptyState(section(page, 'schedule-heading'))).to.equal(
      'No classes today — There is no school today: Winter Break.',
    );
    expect(emptyState(section(page, 'due-heading'))).to.contain('Nothing due today or tomorrow');
  });

  it('says when nothing has been downloaded yet', async () => {
    page = await mountToday(db);
    expect(emptyState(page.shadowRoot!.host.shadowRoot as unknown as Element)).to.contain(
      'Nothing saved on this device yet',
    );
  });

  it('renders in Traditional Chinese', async () => {
    await seed(db);
    await useLanguage('zh-Hant');
    page = await mountToday(db);
    expect(texts(page.shadowRoot as unknown as Element, 'h2')[0]).to.equal('今天的課程');
    expect(texts(section(page, 'schedule-heading'), '.detail')[0]).to.contain('第 1 節');
  });

  it('passes axe', async () => {
    await seed(db);
    page = await mountToday(db);
    await expectAccessible(page);
  });
});
