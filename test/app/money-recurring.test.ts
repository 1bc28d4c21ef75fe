import { expect } from '@esm-bundle/chai';
import { http, HttpResponse } from 'msw';
import type { PortalDb } from '../../src/data/db.ts';
import type { RecurringPayment } from '../../src/api/money.ts';
import { moneyTables } from '../../src/data/money-tables.ts';
import { flushOutbox } from '../../src/data/outbox/outbox-sender.ts';
import { refreshMoney } from '../../src/pages/money/money-data.ts';
import '../../src/pages/money/recurring-payment-form-page.ts';
import '../../src/pages/money/recurring-payments-page.ts';
import { expectAccessible } from './axe.ts';
import { dropDb, freshDb, mockApi, until, useLanguage } from './helpers.ts';
import { fee, fees, moneyReads, moneyState, recurring } from './money/money-fixture.ts';
import { mountPage, settle, texts } from './pages/mount.ts';

const shown = (root: ParentNode, selector: string) => texts(root, selector).join(' | ');

function set(page: HTMLElement, selector: string, value: string, event = 'input') {
  const field = page.shadowRoot!.querySelector<HTMLInputElement | HTMLSelectElement>(selector)!;
  field.value = value;
  field.dispatchEvent(new Event(event, { bubbles: true, composed: true }));
}

describe('Recurring payments', () => {
  let db: PortalDb;
  let address: string;
  let deleted: string[];
  beforeEach(async () => {
    db = freshDb();
    deleted = [];
    address = window.location.href;
    const state = moneyState({
      fees: [...structuredClone(fees), fee(6, { description: 'Club dues', optional: true })],
      recurring: [
        recurring(71, { enrollmentEnded: true }),
        recurring(72, {
          targetKind: 'fee',
          feeId: 2,
          foodServiceAccountId: null,
          endDate: '2027-03-15',
          amountCents: 888,
          createdByMe: false,
          upcoming: [{ date: '2026-12-15', amountCents: 888 }],
        }),
      ],
    });
    await mockApi(
      ...moneyReads(state),
      http.delete('/api/v1/recurring-payments/:id', ({ params }) => {
        deleted.push(String(params.id));
        return new HttpResponse(null, { status: 204 });
      }),
    );
  });
  afterEach(async () => {
    document
      .querySelectorAll('recurring-payments-page, recurring-payment-form-page')
      .forEach((page) => page.remove());
    history.replaceState(null, '', address);
    await dropDb(db);
  });

  it('warns when the enrollment ended and deletes it in one step; only its creator may', async () => {
    await useLanguage('en');
    const page = await mountPage('recurring-payments-page', db, { namespace: 'money' });
    const root = page.shadowRoot!;
    await until(() => root.querySelectorAll('[data-recurring-id]').length === 2);
    expect(shown(root, '[data-recurring-id="71"]')).to.contain('Lunch money for Leo Example');
    expect(shown(root, '[data-recurring-id="71"]')).to.contain('$20.00 · Monthly');
    expect(shown(root, '[data-recurring-id="71"] .enrollment-ended')).to.equal(
      'This student is no longer enrolled, but this payment keeps running until you delete it.',
    );
    expect(shown(root, '[data-recurring-id="72"]')).to.contain('Technology fee · Leo Example');
    expect(shown(root, '[data-recurring-id="72"]')).to.contain('Next: $8.88 on Dec 15, 2026');
    expect(root.querySelector('[data-recurring-id="72"] button.delete')).to.equal(null);
    expect(shown(root, '[data-recurring-id="72"]')).to.contain(
      'Only the guardian who set it up can delete it.',
    );
    await expectAccessible(page);

    const confirm = window.confirm;
    window.confirm = () => true;
    try {
      root.querySelector<HTMLButtonElement>('[data-recurring-id="71"] button.delete')!.click();
      await until(() => root.querySelectorAll('[data-recurring-id]').length === 1);
    } finally {
      window.confirm = confirm;
    }
    await flushOutbox(db, { force: true });
    expect(deleted).to.deep.equal(['71']);
  });

  it('checks a new one on the device first, in Spanish', async () => {
    await useLanguage('es');
    const page = await mountPage('recurring-payment-form-page', db, {
      namespace: 'money',
      context: { params: {} },
    });
    await until(() => !!page.shadowRoot!.querySelector('#target option[value="fee:6"]'));
    set(page, '#target', 'fee:6', 'change');
    set(page, '#startDate', '2026-12-01');
    page.shadowRoot!.querySelector<HTMLButtonElement>('button[type=submit]')!.click();
    await until(() => page.shadowRoot!.querySelectorAll('.problem').length >= 3);
    expect(shown(page.shadowRoot!, '.problem')).to.equal(
      'Una cuota opcional necesita un primer pago antes de pagarse a plazos. | ' +
        'La fecha debe ser hoy o posterior. | ' +
        'Una cuota necesita una fecha de fin para sus pagos. | ' +
        'Elija un método de pago.',
    );
    expect(await db.outbox.count()).to.equal(0);
    await expectAccessible(page);
  });

  it('edits one: the form starts from it and the change is queued as a PATCH', async () => {
    await useLanguage('en');
    const page = await mountPage('recurring-payment-form-page', db, {
      namespace: 'money',
      context: { params: { id: '71' } },
    });
    await until(() => page.shadowRoot!.querySelector<HTMLInputElement>('#amount')?.value === '20.00');
    expect(page.shadowRoot!.querySelector<HTMLSelectElement>('#target')!.disabled).to.equal(true);
    set(page, '#amount', '25');
    page.shadowRoot!.querySelector<HTMLButtonElement>('button[type=submit]')!.click();
    await until(() => window.location.pathname === '/recurring-payments');
    const [entry] = await db.outbox.toArray();
    expect([entry?.kind, entry?.method, entry?.path]).to.deep.equal([
      'recurring-payment.update',
      'PATCH',
      '/api/v1/recurring-payments/71',
    ]);
    expect(entry?.body).to.deep.equal({
      frequency: 'monthly',
      startDate: '2026-09-15',
      endDate: null,
      amountCents: 2500,
      paymentMethodId: 61,
      receiptEmail: 'ana@example.org',
    });
  });

  it('queues a lunch top-up every month, with its amount in cents', async () => {
    await useLanguage('en');
    const page = await mountPage('recurring-payment-form-page', db, {
      namespace: 'money',
      context: { params: {} },
    });
    await until(() => !!page.shadowRoot!.querySelector('#method option[value="61"]'));
    set(page, '#target', 'food:32', 'change');
    set(page, '#startDate', '2026-12-10');
    set(page, '#amount', '15.5');
    set(page, '#method', '61', 'change');
    page.shadowRoot!.querySelector<HTMLButtonElement>('button[type=submit]')!.click();
    await until(() => window.location.pathname === '/recurring-payments');
    const [entry] = await db.outbox.toArray();
    expect(entry?.kind).to.equal('recurring-payment.create');
    expect(entry?.body).to.deep.equal({
      targetKind: 'food_service_account',
      foodServiceAccountId: 32,
      frequency: 'monthly',
      startDate: '2026-12-10',
      amountCents: 1550,
      paymentMethodId: 61,
      receiptEmail: 'ana@example.org',
    });
  });

  it('shows an edit at once, and keeps it when a list fetched before the server took it lands after', async () => {
    await useLanguage('en');
    const state = moneyState({
      recurring: [
        recurring(71, {
          frequency: 'weekly',
          amountCents: 100,
          upcoming: [{ date: '2026-12-08', amountCents: 100 }],
        }),
      ],
    });
    const patch = http.patch('/api/v1/recurring-payments/:id', async ({ request }) => {
      const edit = (await request.json()) as Partial<RecurringPayment>;
      const saved = state.recurring[0]!;
      Object.assign(saved, edit, {
        upcoming: saved.upcoming.map((run) => ({ ...run, amountCents: edit.amountCents })),
      });
      return HttpResponse.json(saved);
    });
    await mockApi(...moneyReads(state), patch);
    const form = await mountPage('recurring-payment-form-page', db, {
      namespace: 'money',
      context: { params: { id: '71' } },
    });
    await until(() => form.shadowRoot!.querySelector<HTMLInputElement>('#amount')?.value === '1.00');
    set(form, '#amount', '15');
    form.shadowRoot!.querySelector<HTMLButtonElement>('button[type=submit]')!.click();
    await until(() => window.location.pathname === '/recurring-payments');

    // From here the list answers what the server held when it was asked, but only later.
    let open = () => {};
    const gate = new Promise<void>((resolve) => (open = resolve));
    let asked = 0;
    await mockApi(
      ...moneyReads(state).slice(0, -1),
      http.get('/api/v1/recurring-payments', async () => {
        asked += 1;
        const then = structuredClone(state.recurring);
        await gate;
        return HttpResponse.json({ recurringPayments: then });
      }),
      patch,
    );
    const page = await mountPage('recurring-payments-page', db, { namespace: 'money' });
    const root = page.shadowRoot!;
    const refreshing = refreshMoney(db);
    await until(() => asked === 2);
    // Not yet sent: the list shows the edit, not the record from before.
    await until(() => shown(root, '[data-recurring-id="71"]').includes('$15.00 · Weekly'));
    expect(shown(root, '[data-recurring-id="71"]')).to.contain('Next: $15.00 on Dec 8, 2026');

    await flushOutbox(db, { force: true });
    expect(state.recurring[0]?.amountCents).to.equal(1500);
    open();
    await refreshing;
    await settle(page);
    expect((await moneyTables(db).recurringPayments.get(71))?.amountCents).to.equal(1500);
    expect(shown(root, '[data-recurring-id="71"]')).to.contain('$15.00 · Weekly');
    expect(shown(root, '[data-recurring-id="71"]')).to.contain('Next: $15.00 on Dec 8, 2026');
  });
});
