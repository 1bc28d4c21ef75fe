import { expect } from '@esm-bundle/chai';
import type { PortalDb } from '../../../src/data/db.ts';
import '../../../src/pages/calendar/calendar-page.ts';
import {
  clampDay,
  dayForKey,
  monthGrid,
  parseDay,
  shiftMonth,
  startingDay,
} from '../../../src/pages/calendar/calendar-grid.ts';
import { expectAccessible } from '../axe.ts';
import { dropDb, freshDb, until, useLanguage } from '../helpers.ts';
import { emptyStates, mountPage, seed, settle, texts } from './mount.ts';
import { recordChanges } from './record-fixture.ts';

describe('calendar grid arithmetic', () => {
  it('lays out a month in weeks starting on Sunday', () => {
    const weeks = monthGrid('2026-12');
    expect(weeks).to.have.length(5);
    expect(weeks[0]).to.deep.equal([null, null, '2026-12-01', '2026-12-02', '2026-12-03', '2026-12-04', '2026-12-05']);
    expect(weeks[4]!.filter(Boolean)).to.deep.equal(['2026-12-27', '2026-12-28', '2026-12-29', '2026-12-30', '2026-12-31']);
    expect(monthGrid('2026-02', 1)[0]![6]).to.equal('2026-02-01');
  });

  it('moves by day, week, month and year, keeping to real dates', () => {
    expect(dayForKey('2026-12-31', 'ArrowRight')).to.equal('2027-01-01');
    expect(dayForKey('2026-12-03', 'ArrowUp')).to.equal('2026-11-26');
    expect(dayForKey('2026-12-03', 'Home')).to.equal('2026-11-29');
    expect(dayForKey('2026-12-03', 'End')).to.equal('2026-12-05');
    expect(dayForKey('2027-01-31', 'PageDown')).to.equal('2027-02-28');
    expect(dayForKey('2028-02-29', 'PageUp', true)).to.equal('2027-02-28');
    expect(dayForKey('2026-12-03', 'Enter')).to.equal(undefined);
    expect(shiftMonth('2026-12-15', 1)).to.equal('2027-01-15');
  });

  it('reads only real dates from the address and starts inside the year', () => {
    expect(parseDay('2026-02-30')).to.equal(undefined);
    expect(parseDay('<script>')).to.equal(undefined);
    expect(parseDay('2026-12-03')).to.equal('2026-12-03');
    const past = { startDate: '2021-08-23', endDate: '2022-06-03' };
    expect(startingDay(undefined, '2026-12-03', past)).to.equal('2021-08-23');
    expect(startingDay(undefined, '2022-01-10', past)).to.equal('2022-01-10');
    // A day from another year (the year picked since) gives way to the year's own.
    expect(startingDay('2026-12-03', '2026-12-03', past)).to.equal('2021-08-23');
    expect(startingDay('2021-08-02', '2026-12-03', past)).to.equal('2021-08-02');
    expect(clampDay('2022-07-04', past)).to.equal('2022-06-30');
    expect(clampDay('2022-07-04', undefined)).to.equal('2022-07-04');
  });
});

describe('Calendar page', () => {
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

  const mount = (search = '', context = {}) =>
    mountPage('calendar-page', db, { namespace: 'calendar', search, context });
  const cell = (root: ShadowRoot, day: string) =>
    root.querySelector<HTMLButtonElement>(`button[data-day="${day}"]`)!;
  const query = (name: string) => new URL(window.location.href).searchParams.get(name);

  it('marks days with work due, attendance and no school, and labels them', async () => {
    await seed(db, recordChanges());
    page = await mount();
    const root = page.shadowRoot!;

    expect(texts(root, '#month-heading')).to.deep.equal(['December 2026']);
    expect(texts(root, 'thead th .visually-hidden')[0]).to.equal('Sunday');
    expect(cell(root, '2026-12-03').getAttribute('aria-label')).to.equal(
      'Thursday, December 3, 2026, today, assignments due: 1',
    );
    expect(cell(root, '2026-12-03').getAttribute('aria-current')).to.equal('date');
    expect(cell(root, '2026-12-02').getAttribute('aria-label')).to.contain('attendance events: 1');
    expect(cell(root, '2026-12-24').classList.contains('off')).to.equal(true);
    expect(cell(root, '2026-12-24').getAttribute('aria-label')).to.contain('no school: Winter Break');
    expect(root.querySelectorAll('[tabindex="0"][data-day]')).to.have.length(1);
  });

  it("shows the chosen day's assignments, schedule and attendance in tabs", async () => {
    await seed(db, recordChanges());
    page = await mount();
    const root = page.shadowRoot!;

    expect(texts(root, '#day-heading')).to.deep.equal(['Thursday, December 3, 2026']);
    expect(texts(root, '[role=tab]')).to.deep.equal(['Assignments 1', 'Schedule 2', 'Attendance 0']);
    expect(texts(root, '[role=tabpanel] a')).to.deep.equal(['Fractions worksheet']);
    expect(texts(root, '[role=tabpanel] .badge')).to.deep.equal(['Exempt']);

    root.querySelector<HTMLButtonElement>('#tab-schedule')!.click();
    await settle(page);
    expect(query('tab')).to.equal('schedule');
    expect(texts(root, '[role=tabpanel] strong')).to.deep.equal(['Math 7', 'Science 7']);

    cell(root, '2026-12-02').click();
    await until(() => texts(root, '#day-heading')[0] === 'Wednesday, December 2, 2026');
    root.querySelector<HTMLButtonElement>('#tab-attendance')!.click();
    await settle(page);
    expect(query('date')).to.equal('2026-12-02');
    expect(texts(root, '[role=tabpanel] strong')).to.deep.equal(['Tardy']);
    expect(texts(root, '[role=tabpanel] .detail')).to.deep.equal(['Math 7 · T · 8:07 AM']);
  });

  it('moves with the keyboard and keeps the day in the address', async () => {
    await seed(db, recordChanges());
    page = await mount();
    const root = page.shadowRoot!;
    cell(root, '2026-12-03').focus();

    cell(root, '2026-12-03').dispatchEvent(
      new KeyboardEvent('keydown', { key: 'ArrowRight', bubbles: true, composed: true }),
    );
    await settle(page);
    expect(query('date')).to.equal('2026-12-04');
    await until(() => texts(root, '#day-heading')[0] === 'Friday, December 4, 2026');
    expect(root.activeElement?.getAttribute('data-day')).to.equal('2026-12-04');

    cell(root, '2026-12-04').dispatchEvent(
      new KeyboardEvent('keydown', { key: 'PageDown', bubbles: true, composed: true }),
    );
    await settle(page);
    expect(texts(root, '#month-heading')).to.deep.equal(['January 2027']);
    expect(root.activeElement?.getAttribute('data-day')).to.equal('2027-01-04');

    const tabs = root.querySelector('[role=tablist]')!;
    root.querySelector<HTMLButtonElement>('#tab-assignments')!.focus();
    tabs.dispatchEvent(new KeyboardEvent('keydown', { key: 'End', bubbles: true }));
    await settle(page);
    expect(root.activeElement?.id).to.equal('tab-attendance');
  });

  it('opens the day in the address and says why a holiday has no classes', async () => {
    await seed(db, recordChanges());
    page = await mount('?date=2026-12-24&tab=schedule');
    const root = page.shadowRoot!;
    expect(texts(root, '.note')).to.deep.equal(['No school: Winter Break.']);
    expect(emptyStates(root)).to.deep.equal(['No classes on this day — No school: Winter Break.']);
  });

  it('stays within the months of the picked school year', async () => {
    await seed(db, recordChanges());
    page = await mount('?date=2027-06-02');
    const root = page.shadowRoot!;
    const [previous, next] = root.querySelectorAll<HTMLButtonElement>('.month-head button');
    expect(previous!.getAttribute('aria-disabled')).to.equal('false');
    expect(next!.getAttribute('aria-disabled')).to.equal('true');
    next!.click();
    await settle(page);
    expect(query('date')).to.equal('2027-06-02');

    cell(root, '2027-06-02').dispatchEvent(
      new KeyboardEvent('keydown', { key: 'PageDown', bubbles: true, composed: true }),
    );
    await settle(page);
    expect(query('date')).to.equal('2027-06-30');
    expect(texts(root, '#month-heading')).to.deep.equal(['June 2027']);
  });

  it('says when nothing is downloaded', async () => {
    page = await mount();
    expect(emptyStates(page.shadowRoot!)[0]).to.contain('Nothing saved on this device yet');
  });

  for (const language of ['en', 'es', 'zh-Hans', 'zh-Hant'] as const) {
    it(`passes axe in ${language}`, async () => {
      await seed(db, recordChanges());
      await useLanguage(language);
      page = await mount('?date=2026-12-02&tab=attendance');
      await expectAccessible(page);
    });
  }
});
