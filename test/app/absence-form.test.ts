import { expect } from '@esm-bundle/chai';
import { http, HttpResponse } from 'msw';
import { writeMeta, type PortalDb } from '../../src/data/db.ts';
import '../../src/pages/absence-requests/absence-request-form-page.ts';
import type { AbsenceRequestFormPage } from '../../src/pages/absence-requests/absence-request-form-page.ts';
import { commentMaxLength } from '../../src/api/absences.ts';
import * as validation from '../../src/pages/absence-requests/absence-validation.ts';
import { graphemeCount } from '../../src/pages/absence-requests/absence-validation.ts';
import { markFailed, queueWrite } from '../../src/data/outbox/outbox-store.ts';
import { familyChanges, today } from './fixture.ts';
import { dropDb, freshDb, mockApi, until, useLanguage } from './helpers.ts';
import { mountPage, seed, texts } from './pages/mount.ts';

function setField(page: AbsenceRequestFormPage, selector: string, value: string) {
  const field = page.shadowRoot!.querySelector<HTMLInputElement | HTMLTextAreaElement>(selector)!;
  field.value = value;
  field.dispatchEvent(new Event('input', { bubbles: true, composed: true }));
}

async function submit(page: AbsenceRequestFormPage) {
  page.shadowRoot!.querySelector<HTMLButtonElement>('button[type=submit]')!.click();
  await until(() => page.shadowRoot!.querySelectorAll('.problem').length > 0);
}

describe('absence request form', () => {
  let db: PortalDb;
  let posts = 0;
  beforeEach(async () => {
    db = freshDb();
    posts = 0;
    await writeMeta(db, 'excuses', [{ id: 1, name: 'Sick' }]);
    await mockApi(
      http.get('/api/v1/excuses', () => HttpResponse.json({ excuses: [{ id: 1, name: 'Sick' }] })),
      http.post('/api/v1/absence-requests', () => {
        posts += 1;
        return HttpResponse.json({}, { status: 500 });
      }),
    );
  });
  afterEach(async () => {
    document.querySelectorAll('absence-request-form-page').forEach((page) => page.remove());
    await dropDb(db);
  });

  it('says what is missing in English, before sending anything', async () => {
    await useLanguage('en');
    const page = await mountPage('absence-request-form-page', db, { namespace: 'absences' });
    setField(page, '#firstDate', '2026-12-01');
    setField(page, '#comment', '🙂'.repeat(101));
    await submit(page);

    expect(texts(page.shadowRoot!, '.problem')).to.deep.equal([
      'Choose at least one student.',
      'Choose an excuse.',
      'The day must be today or later.',
      'The comment can have at most 100 characters.',
    ]);
    expect(texts(page.shadowRoot!, '#comment-count')).to.deep.equal(['101/100']);
    expect(posts).to.equal(0);
    expect(await db.outbox.count()).to.equal(0);
  });

  it('says it in Spanish, for a late arrival without a time and a range backwards', async () => {
    await useLanguage('es');
    const page = await mountPage('absence-request-form-page', db, { namespace: 'absences' });
    setField(page, '#firstDate', '2026-12-09');
    setField(page, '#lastDate', '2026-12-08');
    await submit(page);
    expect(texts(page.shadowRoot!, '.problem')).to.include(
      'El último día no puede ser anterior al primero.',
    );

    const late = page.shadowRoot!.querySelector<HTMLInputElement>('input[value=arrive_late]')!;
    late.click();
    await until(() => !!page.shadowRoot!.querySelector('#time'));
    await submit(page);
    expect(texts(page.shadowRoot!, '.problem')).to.deep.equal([
      'Elija al menos un estudiante.',
      'Elija un motivo.',
      'Indique la hora.',
    ]);
    expect(posts).to.equal(0);
  });

  it('counts a comment as a person does and queues a valid request in the outbox', async () => {
    await useLanguage('en');
    expect(graphemeCount('👩‍👩‍👧 é')).to.equal(3);
    expect(validation.commentMaxLength).to.equal(commentMaxLength);
    const page = await mountPage('absence-request-form-page', db, { namespace: 'absences' });
    page.shadowRoot!.querySelector<HTMLInputElement>('input[name=student]')!.click();
    const select = page.shadowRoot!.querySelector<HTMLSelectElement>('#excuse')!;
    select.value = '1';
    select.dispatchEvent(new Event('change', { bubbles: true, composed: true }));
    setField(page, '#firstDate', today);
    setField(page, '#comment', '👩‍👩‍👧'.repeat(100));
    await page.updateComplete;
    expect(texts(page.shadowRoot!, '#comment-count')).to.deep.equal(['100/100']);
    page.shadowRoot!.querySelector<HTMLButtonElement>('button[type=submit]')!.click();

    let entries = await db.outbox.toArray();
    for (let i = 0; i < 50 && entries.length === 0; i += 1) {
      await new Promise((resolve) => setTimeout(resolve, 40));
      entries = await db.outbox.toArray();
    }
    const [entry] = entries;
    expect(entry?.body).to.deep.include({ studentIds: [11], excuseId: 1, firstDate: today, lastDate: today });
    expect(entry?.key).to.match(/^[0-9a-f-]{36}$/);
  });

  it('files one request when "Send request" is clicked twice quickly', async () => {
    await useLanguage('en');
    const page = await mountPage('absence-request-form-page', db, { namespace: 'absences' });
    page.shadowRoot!.querySelector<HTMLInputElement>('input[name=student]')!.click();
    const select = page.shadowRoot!.querySelector<HTMLSelectElement>('#excuse')!;
    select.value = '1';
    select.dispatchEvent(new Event('change', { bubbles: true, composed: true }));
    setField(page, '#firstDate', today);
    await page.updateComplete;
    const send = page.shadowRoot!.querySelector<HTMLButtonElement>('button[type=submit]')!;
    send.click();
    send.click();

    for (let i = 0; i < 50 && (await db.outbox.count()) === 0; i += 1) {
      await new Promise((resolve) => setTimeout(resolve, 40));
    }
    // Time for a second submit, had one got through, to reach the outbox.
    await new Promise((resolve) => setTimeout(resolve, 300));
    expect(await db.outbox.count()).to.equal(1);
    expect(posts).to.be.at.most(1);
  });

  it("refuses, before queueing, a day the device's calendar says is no school day", async () => {
    // Leo's calendar: Dec 3 and 4 are school days, Dec 5 a Saturday, Dec 24 a holiday.
    await seed(db, familyChanges());
    await useLanguage('en');
    const page = await mountPage('absence-request-form-page', db, { namespace: 'absences' });
    const choose = (id: number) =>
      page.shadowRoot!.querySelector<HTMLInputElement>(`input[name=student][value="${id}"]`)!.click();
    choose(11);
    const select = page.shadowRoot!.querySelector<HTMLSelectElement>('#excuse')!;
    select.value = '1';
    select.dispatchEvent(new Event('change', { bubbles: true, composed: true }));
    setField(page, '#firstDate', '2026-12-05');
    await submit(page);
    expect(texts(page.shadowRoot!, '.problem')).to.deep.equal([
      'There is no school for Leo Example on that day. Choose a school day.',
    ]);
    expect(page.shadowRoot!.querySelector('#firstDate')!.getAttribute('aria-describedby')).to.equal(
      'firstDate-problem',
    );

    await useLanguage('zh-Hant');
    setField(page, '#firstDate', '2026-12-04');
    setField(page, '#lastDate', '2026-12-24');
    page.shadowRoot!.querySelector<HTMLButtonElement>('button[type=submit]')!.click();
    await until(() => !!page.shadowRoot!.querySelector('#lastDate-problem'));
    expect(texts(page.shadowRoot!, '.problem')).to.deep.equal(['Leo Example 那天不上課，請選擇上課日。']);
    expect(await db.outbox.count()).to.equal(0);

    // Mia has no enrollment on this device (not synced): the server judges her Saturday.
    choose(11);
    choose(12);
    setField(page, '#firstDate', '2026-12-05');
    setField(page, '#lastDate', '');
    await page.updateComplete;
    page.shadowRoot!.querySelector<HTMLButtonElement>('button[type=submit]')!.click();
    await until(() => !page.shadowRoot!.querySelector('.problem'));
    let entries = await db.outbox.toArray();
    for (let i = 0; i < 50 && entries.length === 0; i += 1) {
      await new Promise((resolve) => setTimeout(resolve, 40));
      entries = await db.outbox.toArray();
    }
    const [entry] = entries;
    expect(entry?.body).to.deep.include({ studentIds: [12], firstDate: '2026-12-05' });
  });

  it('edits a refused request into a new write with a new key (the old key would be refused)', async () => {
    await useLanguage('en');
    const body = { studentIds: [12], excuseId: 1, kind: 'arrive_late' as const, firstDate: today, time: '23:30' };
    const old = await queueWrite(db, {
      kind: 'absence-request.create',
      method: 'POST',
      path: '/api/v1/absence-requests',
      body,
    });
    await markFailed(db, old, { code: 'time_outside_school_day', status: 422 });
    const page = await mountPage('absence-request-form-page', db, {
      namespace: 'absences',
      search: `edit=${old}`,
    });
    await until(() => page.shadowRoot!.querySelector<HTMLInputElement>('#time')?.value === '23:30');
    setField(page, '#time', '09:30');
    page.shadowRoot!.querySelector<HTMLButtonElement>('button[type=submit]')!.click();

    let entries = await db.outbox.toArray();
    for (let i = 0; i < 50 && entries[0]?.key === old; i += 1) {
      await new Promise((resolve) => setTimeout(resolve, 40));
      entries = await db.outbox.toArray();
    }
    expect(entries).to.have.length(1);
    expect(entries[0]?.key).to.not.equal(old);
    expect(entries[0]?.body).to.deep.include({ studentIds: [12], time: '09:30' });
  });
});
