import { expect } from '@esm-bundle/chai';
import type { PortalDb } from '../../../src/data/db.ts';
import '../../../src/pages/schedule/schedule-page.ts';
import { meetingDays, periodLabel } from '../../../src/pages/schedule/schedule-labels.ts';
import { loadNamespace } from '../../../src/i18n/i18n.ts';
import { expectAccessible } from '../axe.ts';
import { dropDb, freshDb, until, useLanguage } from '../helpers.ts';
import { emptyStates, mountPage, seed, texts } from './mount.ts';
import { recordChanges } from './record-fixture.ts';

describe('Schedule page', () => {
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
    mountPage('schedule-page', db, { namespace: 'schedule', search, context });

  it("shows the current term's courses by period with times, rooms and teachers", async () => {
    await seed(db, recordChanges());
    page = await mount();
    const root = page.shadowRoot!;

    expect(root.querySelector<HTMLSelectElement>('select')!.selectedOptions[0]!.textContent)
      .to.contain('Fall');
    expect(texts(root, 'li strong')).to.deep.equal(['Math 7', 'Science 7', 'Art']);
    expect(texts(root, 'li .when')).to.deep.equal([
      '8:00 AM – 8:50 AM',
      '9:00 AM – 9:50 AM',
      '10:00 AM – 10:50 AM',
    ]);
    expect(texts(root, 'li .detail')).to.deep.equal([
      'Period 1 · Room 101 · Rosa Vidal',
      'Period 2 · Lab B · Sam Okafor',
      'Period 3 · Room 12',
    ]);
    expect(texts(root, 'li .days')).to.deep.equal(['Meets Mon, Tue, Wed, and Thu', 'Meets Mon']);
  });

  it('picks another term from the term picker and keeps it in the address', async () => {
    await seed(db, recordChanges());
    page = await mount();
    const select = page.shadowRoot!.querySelector('select')!;
    select.value = '2';
    select.dispatchEvent(new Event('change'));
    await until(() => texts(page!.shadowRoot!, 'h2')[0] === 'Classes in Spring');

    expect(new URL(window.location.href).searchParams.get('term')).to.equal('2');
    expect(texts(page.shadowRoot!, 'li strong')).to.deep.equal(['History 7']);
  });

  it('defaults to the latest term in a past year', async () => {
    await seed(db, recordChanges());
    page = await mount('', { today: '2027-08-01' });
    expect(texts(page.shadowRoot!, 'h2')).to.deep.equal(['Classes in Spring']);
  });

  it('says why a term has no classes, and when nothing is downloaded', async () => {
    const changes = recordChanges();
    await seed(db, { ...changes, sectionPlacements: [] });
    page = await mount();
    expect(emptyStates(page.shadowRoot!)).to.deep.equal([
      'No classes in this term — The school has not placed this student in any classes for Fall.',
    ]);
    page.remove();
    await dropDb(db);

    db = freshDb();
    page = await mount();
    expect(emptyStates(page.shadowRoot!)[0]).to.contain('Nothing saved on this device yet');
  });

  it('names meeting days and periods in the chosen language', async () => {
    await useLanguage('zh-Hant');
    await loadNamespace('schedule');
    expect(meetingDays('13')).to.equal('週一和週三');
    expect(periodLabel('Period 3', 'schedule')).to.equal('第 3 節');
    expect(periodLabel('Homeroom', 'schedule')).to.equal('Homeroom');
    await useLanguage('es');
    expect(meetingDays('12345')).to.equal('');
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
