import { expect } from '@esm-bundle/chai';
import type { PortalDb } from '../../../src/data/db.ts';
import '../../../src/pages/grades/grades-page.ts';
import { expectAccessible } from '../axe.ts';
import { dropDb, freshDb, useLanguage } from '../helpers.ts';
import { emptyStates, mountPage, seed, texts } from './mount.ts';
import { recordChanges } from './record-fixture.ts';

function withoutGradebook() {
  const changes = recordChanges();
  return { ...changes, schools: changes.schools.map((s) => ({ ...s, usesGradebook: false })) };
}

describe('Grades page', () => {
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

  const mount = (context = {}) => mountPage('grades-page', db, { namespace: 'grades', context });

  it('shows in-progress and posted grades by term and grading period, latest first', async () => {
    await seed(db, recordChanges());
    page = await mount();
    const root = page.shadowRoot!;

    expect(texts(root, 'h2')).to.deep.equal(['Fall']);
    expect(texts(root, '.term-head .badge')).to.deep.equal(['Current term']);
    expect(texts(root, 'h3')).to.deep.equal(['Quarter 2 Oct 19 – Dec 18', 'Quarter 1 Aug 20 – Oct 16']);
    expect(texts(root, 'li strong')).to.deep.equal(['Science 7', 'Math 7']);
    expect(texts(root, 'li .badge')).to.deep.equal(['In progress', 'Posted Oct 19']);
    expect(texts(root, '.mark')).to.deep.equal(['A- 91.5%', 'B+ 88%']);
    expect(texts(root, '.comment')).to.deep.equal([
      "Teacher's comment: Participates well in class.",
    ]);
    expect(root.querySelector('.note')).to.equal(null);
  });

  it('shows a school without a gradebook only posted grades of completed terms, and says so', async () => {
    await seed(db, withoutGradebook());
    page = await mount();
    expect(texts(page.shadowRoot!, '.note')[0]).to.contain(
      'Lakeview Middle does not keep an online gradebook',
    );
    // Quarter 1 has ended: its posted grade shows; Quarter 2's grade is still in progress.
    expect(texts(page.shadowRoot!, 'li strong')).to.deep.equal(['Math 7']);
    expect(texts(page.shadowRoot!, 'li .badge')).to.deep.equal(['Posted Oct 19']);
    page.remove();

    page = await mount({ today: '2026-10-10' });
    expect(emptyStates(page.shadowRoot!)).to.deep.equal([
      'No grades yet — No grading period of 2026-2027 has ended with posted grades yet.',
    ]);
  });

  it('says when the year has no classes, and when nothing is downloaded', async () => {
    page = await mount();
    expect(emptyStates(page.shadowRoot!)[0]).to.contain('Nothing saved on this device yet');
    page.remove();

    const changes = recordChanges();
    await seed(db, { ...changes, sectionPlacements: [] });
    page = await mount();
    expect(emptyStates(page.shadowRoot!)).to.deep.equal([
      'No grades yet — The school has not placed this student in any classes for 2026-2027.',
    ]);
  });

  for (const language of ['en', 'es', 'zh-Hans', 'zh-Hant'] as const) {
    it(`passes axe in ${language}`, async () => {
      await seed(db, recordChanges());
      await useLanguage(language);
      page = await mount();
      await expectAccessible(page);
      page.remove();
      await db.schools.put({ ...withoutGradebook().schools[0]! });
      page = await mount({ today: '2027-01-10' });
      await expectAccessible(page);
    });
  }
});
