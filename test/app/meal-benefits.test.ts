import { expect } from '@esm-bundle/chai';
import { http, HttpResponse } from 'msw';
import type { MealApplication } from '../../src/api/meal-benefits.ts';
import type { PortalDb } from '../../src/data/db.ts';
import { mealDocumentTables } from '../../src/data/meal-documents-tables.ts';
import { flushOutbox } from '../../src/data/outbox/outbox-sender.ts';
import { markFailed, queueWrite } from '../../src/data/outbox/outbox-store.ts';
import '../../src/pages/meal-benefits/meal-benefits-page.ts';
import type { MealBenefitsPage } from '../../src/pages/meal-benefits/meal-benefits-page.ts';
import { parseAmountCents } from '../../src/pages/meal-benefits/meal-validation.ts';
import { expectAccessible } from './axe.ts';
import { dropDb, freshDb, mockApi, until, useLanguage } from './helpers.ts';
import { mountPage, texts } from './pages/mount.ts';

/** The form lives in the page's shadow root, its fields in the form's own. */
function form(page: MealBenefitsPage): ShadowRoot {
  const element = page.shadowRoot!.querySelector('meal-application-form');
  if (!element?.shadowRoot) throw new Error('No form on the page');
  return element.shadowRoot;
}

function set(page: MealBenefitsPage, selector: string, value: string) {
  const field = form(page).querySelector<HTMLInputElement | HTMLSelectElement>(selector)!;
  field.value = value;
  field.dispatchEvent(new Event(field.tagName === 'SELECT' ? 'change' : 'input', {
    bubbles: true, composed: true,
  }));
}

function click(page: MealBenefitsPage, selector: string) {
  form(page).querySelector<HTMLElement>(selector)!.click();
}

async function next(page: MealBenefitsPage) {
  click(page, 'button[type=submit]');
  await new Promise((resolve) => setTimeout(resolve, 60));
}

const heading = (page: MealBenefitsPage) => texts(form(page), '#step-heading')[0];
const problems = (page: MealBenefitsPage) => texts(form(page), '.problem');

async function start(db: PortalDb) {
  const page = await mountPage('meal-benefits-page', db, { namespace: 'meals' });
  page.shadowRoot!.querySelector<HTMLButtonElement>('section button.button')!.click();
  await until(() => !!page.shadowRoot!.querySelector('meal-application-form')?.shadowRoot
    ?.querySelector('#step-heading'));
  return page;
}

describe('meal benefits application', () => {
  let db: PortalDb;
  let listed: MealApplication[] = [];
  beforeEach(async () => {
    db = freshDb();
    listed = [];
    await mockApi(
      http.get('/api/v1/meal-applications', () => HttpResponse.json({ mealApplications: listed })),
      http.post('/api/v1/meal-applications', () => HttpResponse.json({}, { status: 500 })),
    );
  });
  afterEach(async () => {
    document.querySelectorAll('meal-benefits-page').forEach((page) => page.remove());
    await dropDb(db);
  });

  it('checks each step before the next, in English', async () => {
    await useLanguage('en');
    const page = await start(db);
    expect(heading(page)).to.equal('Step 1 of 5: Household');
    const names = [...form(page).querySelectorAll<HTMLInputElement>('input[name=member-name]')];
    expect(names.map((input) => input.value)).to.deep.equal(['Leo Example', 'Mimi Example']);

    click(page, '[data-action=add-member]');
    await until(() => form(page).querySelectorAll('input[name=member-name]').length === 3);
    await next(page);
    expect(problems(page)).to.deep.equal(["Please enter this person's name."]);
    expect(heading(page)).to.equal('Step 1 of 5: Household');
    const added = form(page).querySelectorAll<HTMLInputElement>('input[name=member-name]')[2]!;
    expect(added.getAttribute('aria-invalid')).to.equal('true');
    expect(form(page).activeElement).to.equal(added);

    set(page, `#${CSS.escape(added.id)}`, 'Rosa Example');
    await next(page);
    expect(heading(page)).to.equal('Step 2 of 5: Assistance programs');
    await next(page);
    expect(problems(page)).to.deep.equal(['Please answer yes or no.']);
    click(page, 'input[value=no]');
    await next(page);
    expect(heading(page)).to.equal('Step 3 of 5: Incomes');

    const rosa = form(page).querySelectorAll<HTMLButtonElement>('[data-action=add-income]')[2]!;
    rosa.click();
    await until(() => !!form(page).querySelector('select[name=income-source]'));
    set(page, 'input[name=income-amount]', 'abc');
    await next(page);
    expect(problems(page)).to.deep.equal([
      'Please choose the kind of income.',
      'Please enter an amount in dollars, such as 1200 or 1200.50.',
      'Please choose how often it is paid.',
    ]);
    await expectAccessible(page);
    set(page, 'select[name=income-source]', 'earnings');
    set(page, 'input[name=income-amount]', '1,250.50');
    set(page, 'select[name=income-frequency]', 'every_two_weeks');
    await next(page);
    expect(heading(page)).to.equal('Step 4 of 5: Signature');
    // The guardian is the signer unless changed.
    const signer = form(page).querySelector<HTMLInputElement>('#signerName')!;
    expect(signer.value).to.equal('Ana Example');
    set(page, '#signerName', '  ');
    await next(page);
    expect(problems(page)).to.deep.equal([
      'Please enter the name of the adult signing.',
      'Please enter the last four digits, or check that there is no Social Security number.',
    ]);
    set(page, '#ssnLastFour', '12a4');
    await next(page);
    expect(problems(page)).to.include('Please enter exactly four digits.');
    expect(await db.outbox.count()).to.equal(0);
  });

  it('says the problems in Spanish', async () => {
    await useLanguage('es');
    const page = await start(db);
    expect(heading(page)).to.equal('Paso 1 de 5: Hogar');
    await next(page);
    await next(page);
    expect(problems(page)).to.deep.equal(['Responda sí o no.']);
    await useLanguage('en');
  });

  it('keeps the draft on the device: a remount finds the same step and answers', async () => {
    await useLanguage('en');
    let page = await start(db);
    click(page, '[data-action=add-member]');
    await until(() => form(page).querySelectorAll('input[name=member-name]').length === 3);
    const added = form(page).querySelectorAll<HTMLInputElement>('input[name=member-name]')[2]!;
    set(page, `#${CSS.escape(added.id)}`, 'Rosa Example');
    await next(page);
    click(page, 'input[value=no]');
    await new Promise((resolve) => setTimeout(resolve, 100));
    page.remove();

    page = await mountPage('meal-benefits-page', db, { namespace: 'meals' });
    await until(() => !!page.shadowRoot!.querySelector('meal-application-form')?.shadowRoot
      ?.querySelector('#step-heading'));
    expect(heading(page)).to.equal('Step 2 of 5: Assistance programs');
    expect(form(page).querySelector<HTMLInputElement>('input[value=no]')!.checked).to.equal(true);
    const draft = await mealDocumentTables(db).mealDraft.get('draft');
    expect(draft?.members.map((m) => m.name)).to.deep.equal([
      'Leo Example', 'Mimi Example', 'Rosa Example',
    ]);
  });

  it('a case number skips the incomes; the application waits in the outbox', async () => {
    await useLanguage('en');
    const page = await start(db);
    await next(page);
    click(page, 'input[value=yes]');
    await until(() => !!form(page).querySelector('#program'));
    await next(page);
    expect(problems(page)).to.deep.equal([
      'Please choose the program.',
      'Please enter the case number.',
    ]);
    set(page, '#program', 'snap');
    set(page, '#caseNumber', 'SN-1234');
    await next(page);
    expect(heading(page)).to.equal('Step 3 of 4: Signature');
    set(page, '#signerName', 'Ana Example');
    click(page, 'input[name=no-ssn]');
    await next(page);
    expect(heading(page)).to.equal('Step 4 of 4: Review');
    await expectAccessible(page);
    await next(page);

    await until(() => texts(page.shadowRoot!, '.badge').includes('Waiting to send'), 5000);
    const [entry] = await db.outbox.toArray();
    expect(entry?.kind).to.equal('meal-application.create');
    expect(entry?.key).to.match(/^[0-9a-f-]{36}$/);
    expect(entry?.body).to.deep.equal({
      members: [
        { name: 'Leo Example', studentId: 11, incomes: [] },
        { name: 'Mimi Example', studentId: 12, incomes: [] },
      ],
      assistance: { program: 'snap', caseNumber: 'SN-1234' },
      signer: { name: 'Ana Example', ssnLastFour: null },
    });
    expect(await mealDocumentTables(db).mealDraft.count()).to.equal(0);
    await expectAccessible(page);
  });

  it('a refused application goes back to the form to be corrected', async () => {
    await useLanguage('en');
    const body = {
      members: [{
        name: 'Leo Example', studentId: 11,
        incomes: [
          { source: 'earnings' as const, amountCents: 120_050, frequency: 'monthly' as const },
        ],
      }],
      signer: { name: 'Ana Example', ssnLastFour: null },
    };
    const key = await queueWrite(db, {
      kind: 'meal-application.create', method: 'POST', path: '/api/v1/meal-applications', body,
    });
    await markFailed(db, key, { code: 'not_found', status: 404 });
    const page = await mountPage('meal-benefits-page', db, { namespace: 'meals' });
    await until(() => !!page.shadowRoot!.querySelector('[data-state=failed]'), 5000);
    expect(texts(page.shadowRoot!, '.failure')[0]).to.match(/^The application was not accepted: /);
    await expectAccessible(page);
    page.shadowRoot!.querySelector<HTMLButtonElement>('[data-state=failed] .edit')!.click();
    await until(() => !!page.shadowRoot!.querySelector('meal-application-form')?.shadowRoot
      ?.querySelector('#step-heading'), 5000);
    expect(heading(page)).to.equal('Step 5 of 5: Review');
    expect(await db.outbox.count()).to.equal(0);
    click(page, '[data-action=back]');
    await until(() => heading(page) === 'Step 4 of 5: Signature');
    const noSsn = form(page).querySelector<HTMLInputElement>('input[name=no-ssn]')!;
    expect(noSsn.checked).to.equal(true);
    click(page, '[data-action=back]');
    await until(() => heading(page) === 'Step 3 of 5: Incomes');
    expect(form(page).querySelector<HTMLInputElement>('input[name=income-amount]')!.value)
      .to.equal('1200.50');
  });

  it('a sent application lands in the saved list with its status', async () => {
    await useLanguage('en');
    const record: MealApplication = {
      id: 9, status: 'submitted', members: [{ name: 'Leo Example', studentId: 11, incomes: [] }],
      assistance: { program: 'tanf', caseNumber: 'T-9' }, signerName: 'Ana', ssnGiven: false,
      staffNote: null, createdAt: '2026-12-03T15:00:00Z', updatedAt: '2026-12-03T15:00:00Z',
    };
    const key = await queueWrite(db, {
      kind: 'meal-application.create', method: 'POST', path: '/api/v1/meal-applications',
      body: { members: record.members, signer: { name: 'Ana', ssnLastFour: null } },
    });
    const keys: string[] = [];
    const report = await flushOutbox(db, {
      fetch: async (_input, init) => {
        keys.push(new Headers(init?.headers).get('idempotency-key') ?? '');
        return Response.json(record, { status: 201 });
      },
    });
    expect(report.sent).to.equal(1);
    expect(keys).to.deep.equal([key]);
    expect(await mealDocumentTables(db).mealApplications.get(9)).to.deep.equal(record);
    const page = await mountPage('meal-benefits-page', db, { namespace: 'meals' });
    await until(() => texts(page.shadowRoot!, '.badge').length === 1, 5000);
    expect(texts(page.shadowRoot!, '.badge')).to.deep.equal(['Being reviewed']);
  });

  it('shows the applications the server has, with their status', async () => {
    await useLanguage('zh-Hant');
    listed = [{
      id: 5, status: 'approved', members: [{ name: 'Leo Example', studentId: 11, incomes: [] }],
      assistance: null, signerName: 'Ana', ssnGiven: true, staffNote: null,
      createdAt: '2026-11-20T15:00:00Z', updatedAt: '2026-11-21T15:00:00Z',
    }];
    const page = await mountPage('meal-benefits-page', db, { namespace: 'meals' });
    await until(() => texts(page.shadowRoot!, '.badge').length === 1, 5000);
    expect(texts(page.shadowRoot!, '.badge')).to.deep.equal(['已核准']);
    await expectAccessible(page);
    await useLanguage('en');
  });

  it('reads amounts as people type them', () => {
    expect(parseAmountCents('1200')).to.equal(120_000);
    expect(parseAmountCents('$1,200.50')).to.equal(120_050);
    expect(parseAmountCents('1200,5')).to.equal(120_050);
    expect(parseAmountCents('0')).to.equal(undefined);
    expect(parseAmountCents('12.345')).to.equal(undefined);
    expect(parseAmountCents('1.200,50')).to.equal(undefined);
  });
});
