import { expect } from '@esm-bundle/chai';
import { http, HttpResponse } from 'msw';
import type { PaymentMethodCreate } from '../../src/api/money.ts';
import type { PortalDb } from '../../src/data/db.ts';
import { moneyTables } from '../../src/data/money-tables.ts';
import { flushOutbox } from '../../src/data/outbox/outbox-sender.ts';
import '../../src/pages/money/payment-method-form-page.ts';
import type { PaymentMethodFormPage } from '../../src/pages/money/payment-method-form-page.ts';
import '../../src/pages/money/payment-methods-page.ts';
import { luhnValid, routingValid } from '../../src/pages/money/payment-method-validation.ts';
import { expectAccessible } from './axe.ts';
import { dropDb, freshDb, mockApi, until, useLanguage } from './helpers.ts';
import { methods, moneyReads, moneyState } from './money/money-fixture.ts';
import { mountPage, texts } from './pages/mount.ts';

const shown = (root: ParentNode, selector: string) => texts(root, selector).join(' | ');
const testCard = '4242 4242 4242 4242';

function type(page: HTMLElement, selector: string, value: string) {
  const input = page.shadowRoot!.querySelector<HTMLInputElement>(selector)!;
  input.value = value;
  input.dispatchEvent(new Event('input', { bubbles: true, composed: true }));
}

/** Every value kept on the device, as text, to look for a card number in it. */
async function everythingOnTheDevice(db: PortalDb): Promise<string> {
  const tables = await Promise.all(db.tables.map((table) => table.toArray()));
  return JSON.stringify(tables);
}

describe('Payment methods', () => {
  let db: PortalDb;
  let added: { key: string | null; body: PaymentMethodCreate }[];
  let address: string;
  beforeEach(async () => {
    db = freshDb();
    added = [];
    address = window.location.href;
    const state = moneyState();
    await mockApi(
      ...moneyReads(state),
      http.post('/api/v1/payment-methods', async ({ request }) => {
        const body = (await request.json()) as PaymentMethodCreate;
        added.push({ key: request.headers.get('idempotency-key'), body });
        if (body.kind === 'card' && body.cardNumber.endsWith('0069')) {
          return HttpResponse.json({ code: 'card_expired', message: 'x' }, { status: 422 });
        }
        const method = { ...methods[0]!, id: 63, lastFour: '4242', nickname: 'Grandma' };
        state.methods.push(method);
        return HttpResponse.json(method, { status: 201 });
      }),
      http.delete('/api/v1/payment-methods/:id', ({ params }) =>
        params.id === '61'
          ? HttpResponse.json({ code: 'payment_method_in_use', message: 'x' }, { status: 409 })
          : new HttpResponse(null, { status: 204 }),
      ),
    );
  });
  afterEach(async () => {
    document
      .querySelectorAll('payment-methods-page, payment-method-form-page')
      .forEach((p) => p.remove());
    history.replaceState(null, '', address);
    await dropDb(db);
  });

  it('knows card and routing checksums', () => {
    expect(luhnValid('4242424242424242')).to.equal(true);
    expect(luhnValid('4242424242424241')).to.equal(false);
    expect(routingValid('011000015')).to.equal(true);
    expect(routingValid('011000016')).to.equal(false);
  });

  it('refuses a mistyped or expired card in Spanish before sending it', async () => {
    await useLanguage('es');
    const page = await mountPage('payment-method-form-page', db, { namespace: 'money' });
    type(page, '#cardNumber', '4242 4242 4242 4241');
    type(page, '#expiry', '11/26');
    type(page, '#securityCode', '12');
    page.shadowRoot!.querySelector<HTMLButtonElement>('button[type=submit]')!.click();
    await until(() => page.shadowRoot!.querySelectorAll('.problem').length === 3);
    expect(shown(page.shadowRoot!, '.problem')).to.equal(
      'Este número de tarjeta no es válido. Revise los dígitos. | Esta tarjeta está vencida. | ' +
        'Escriba el código de seguridad de 3 dígitos del reverso de la tarjeta.',
    );
    expect(added).to.deep.equal([]);
    await expectAccessible(page);
  });

  it('sends the card number only to the server and keeps only its answer', async () => {
    await useLanguage('en');
    const page = (await mountPage('payment-method-form-page', db, {
      namespace: 'money',
    })) as PaymentMethodFormPage;
    type(page, '#cardNumber', testCard);
    type(page, '#expiry', '04/30');
    type(page, '#securityCode', '123');
    type(page, '#nickname', 'Grandma');
    page.shadowRoot!.querySelector<HTMLButtonElement>('button[type=submit]')!.click();
    await until(() => added.length === 1 && window.location.pathname === '/payment-methods');

    expect(added[0]?.body).to.deep.include({
      kind: 'card',
      cardNumber: '4242424242424242',
      expiryMonth: 4,
    });
    expect(added[0]?.key).to.match(/^[0-9a-f-]{36}$/);
    expect((await moneyTables(db).paymentMethods.get(63))?.nickname).to.equal('Grandma');
    const stored = await everythingOnTheDevice(db);
    expect(stored).to.not.contain('4242424242424242');
    expect(stored).to.not.contain('4242 4242');
    expect(stored).to.not.contain('"123"');
  });

  it('shows a refusal of the server on its field, translated', async () => {
    await useLanguage('zh-Hant');
    const page = await mountPage('payment-method-form-page', db, { namespace: 'money' });
    type(page, '#cardNumber', '4000000000000069');
    type(page, '#expiry', '04/30');
    type(page, '#securityCode', '123');
    page.shadowRoot!.querySelector<HTMLButtonElement>('button[type=submit]')!.click();
    await until(() => shown(page.shadowRoot!, '.problem') !== '');
    expect(shown(page.shadowRoot!, '#expiry-problem')).to.equal('此卡已過期。');
  });

  it('lists methods, removes one through the outbox and says why another stays', async () => {
    await useLanguage('en');
    const page = await mountPage('payment-methods-page', db, { namespace: 'money' });
    const root = page.shadowRoot!;
    await until(() => root.querySelectorAll('[data-method-id]').length === 2);
    expect(shown(root, '[data-method-id="62"]')).to.contain('Mastercard ending in 4444');
    expect(shown(root, '[data-method-id="62"]')).to.contain('expired');
    await expectAccessible(page);

    const confirm = window.confirm;
    window.confirm = () => true;
    try {
      root.querySelector<HTMLButtonElement>('[data-method-id="62"] button.remove')!.click();
      await until(() => root.querySelectorAll('[data-method-id]').length === 1);
      root.querySelector<HTMLButtonElement>('[data-method-id="61"] button.remove')!.click();
      await until(() => root.querySelectorAll('[data-method-id]').length === 0);
    } finally {
      window.confirm = confirm;
    }
    await flushOutbox(db, { force: true });
    await until(() => !!root.querySelector('.warning-box[role=alert]'));
    expect(shown(root, '.warning-box')).to.contain(
      'Not removed: A recurring payment uses this payment method.',
    );
    expect(root.querySelectorAll('[data-method-id]').length).to.equal(1);
  });
});
