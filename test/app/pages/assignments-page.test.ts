import { expect } from '@esm-bundle/chai';
import type { PortalDb } from '../../../src/data/db.ts';
import '../../../src/pages/assignments/assignments-page.ts';
import '../../../src/pages/assignments/assignment-detail-page.ts';
import { expectAccessible } from '../axe.ts';
import { dropDb, freshDb, useLanguage } from '../helpers.ts';
import { emptyStates, mountPage, seed, settle, texts } from './mount.ts';
import { recordChanges } from './record-fixture.ts';

describe('Assignments page', () => {
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

  const mount = (search = '') => mountPage('assignments-page', db, { namespace: 'assignments', search });

  it('lists every assignment, newest due date first, with scores and flags', async () => {
    await seed(db, recordChanges());
    page = await mount();
    const root = page.shadowRoot!;

    expect(texts(root, '.title')).to.deep.equal([
      'Lab report',
      'Color wheel poster',
      'Fractions worksheet',
      'Cell diagram',
      'Decimals quiz',
      'Sketchbook',
    ]);
    // Work not yet due shows no score; work due today without one says so.
    expect(texts(root, '.score')).to.deep.equal([
      '',
      '',
      'Not scored',
      '9 / 10 90%',
      '18 / 20 90%',
      'M',
    ]);
    expect(texts(root, 'li .badges')).to.deep.equal(['Exempt', 'Turned in', 'Late Turned in', 'Missing']);
    expect(texts(root, 'li .detail')[0]).to.equal('Science 7 · Due Dec 10');
    expect(root.querySelector('.title')!.getAttribute('href')).to.match(/^\/students\/11\/assignments\/3/);
  });

  it('filters by course and by missing or late, from the address and the pickers', async () => {
    await seed(db, recordChanges());
    page = await mount('?course=1');
    expect(texts(page.shadowRoot!, '.title')).to.deep.equal(['Fractions worksheet', 'Decimals quiz']);
    expect(texts(page.shadowRoot!, '.count')).to.deep.equal(['Showing 2 of 6']);

    const show = page.shadowRoot!.querySelector<HTMLSelectElement>('select[name=show]')!;
    show.value = 'late';
    show.dispatchEvent(new Event('change'));
    await settle(page);
    expect(new URL(window.location.href).searchParams.get('show')).to.equal('late');
    expect(texts(page.shadowRoot!, '.title')).to.deep.equal(['Decimals quiz']);

    const course = page.shadowRoot!.querySelector<HTMLSelectElement>('select[name=course]')!;
    course.value = '';
    course.dispatchEvent(new Event('change'));
    show.value = 'missing';
    show.dispatchEvent(new Event('change'));
    await settle(page);
    expect(new URL(window.location.href).searchParams.has('course')).to.equal(false);
    expect(texts(page.shadowRoot!, '.title')).to.deep.equal(['Sketchbook']);
  });

  it('ignores a course filter of another year', async () => {
    await seed(db, recordChanges());
    page = await mount('?course=99');
    expect(texts(page.shadowRoot!, '.count')).to.deep.equal(['Showing 6 of 6']);
  });

  it('says what a filter found nothing of, and when there are no assignments', async () => {
    await seed(db, recordChanges());
    page = await mount('?course=2&show=missing');
    expect(emptyStates(page.shadowRoot!)).to.deep.equal([
      'No assignments match these filters — Nothing is marked missing.',
    ]);
    page.remove();

    await db.assignments.clear();
    page = await mount();
    expect(emptyStates(page.shadowRoot!)).to.deep.equal([
      'No assignments yet — Teachers have not posted any assignments for 2026-2027 yet.',
    ]);
    expect(page.shadowRoot!.querySelector('select')).to.equal(null);
    page.remove();

    page = await mountPage('assignments-page', db, {
      namespace: 'assignments',
      context: { today: '2027-09-01' },
    });
    expect(emptyStates(page.shadowRoot!)).to.deep.equal([
      'No assignments yet — No assignments of 2026-2027 were posted online.',
    ]);
    page.remove();

    const school = recordChanges().schools[0]!;
    await db.schools.put({ ...school, usesGradebook: false });
    page = await mount();
    expect(emptyStates(page.shadowRoot!)).to.deep.equal([
      'No assignments yet — Lakeview Middle does not keep an online gradebook, so teachers do not post assignments here.',
    ]);
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

describe('Assignment detail page', () => {
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

  const mount = (assignmentId: string, search = '') =>
    mountPage('assignment-detail-page', db, {
      namespace: 'assignments',
      search,
      context: { params: { studentId: '11', assignmentId } },
    });

  it('shows dates, category, total points, score, flags and comments', async () => {
    await seed(db, recordChanges());
    page = await mount('5', '?course=1');
    const root = page.shadowRoot!;

    expect(texts(root, 'h1')).to.deep.equal(['Decimals quiz']);
    const facts = Object.fromEntries(
      [...root.querySelectorAll('dt')].map((dt) => [
        dt.textContent?.trim(),
        dt.nextElementSibling?.textContent?.replace(/\s+/g, ' ').trim(),
      ]),
    );
    expect(facts).to.include({
      Course: 'Math 7',
      Teacher: 'Rosa Vidal',
      Assigned: 'Friday, November 20, 2026',
      Due: 'Tuesday, November 24, 2026',
      Category: 'Quizzes',
      'Grading period': 'Quarter 2',
      'Total points': '20',
      Score: '18 / 20 90%',
    });
    expect(texts(root, '.lede .badge')).to.deep.equal(['Late', 'Turned in']);
    expect(texts(root, '.comment')).to.deep.equal([
      'Good work on place value.',
      'Chapter 4, questions 1 to 20.',
    ]);
    expect(root.querySelector('.back')!.getAttribute('href')).to.match(/\/students\/11\/assignments\?.*course=1/);
    await expectAccessible(page);
  });

  it("does not show another student's or an unknown assignment", async () => {
    const changes = recordChanges();
    await seed(db, { ...changes, sectionPlacements: changes.sectionPlacements.slice(1) });
    page = await mount('5');
    expect(emptyStates(page.shadowRoot!)[0]).to.contain('This assignment is not on this device');
  });
});
