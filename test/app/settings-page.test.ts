import { expect } from '@esm-bundle/chai';
import { http, HttpResponse } from 'msw';
import type { Settings, SettingsUpdate } from '../../src/api/settings.ts';
import { readMeta, type PortalDb } from '../../src/data/db.ts';
import { OutboxRunner } from '../../src/data/outbox/outbox-runner.ts';
import '../../src/pages/settings/settings-page.ts';
import type { SettingsPage } from '../../src/pages/settings/settings-page.ts';
import { centsToDollars, dollarsToCents } from '../../src/pages/settings/settings-data.ts';
import * as contract from '../../src/api/settings.ts';
import { notificationKinds } from '../../src/api/notifications.ts';
import * as choices from '../../src/pages/settings/settings-choices.ts';
import { expectAccessible } from './axe.ts';
import { dropDb, freshDb, mockApi, until, useLanguage } from './helpers.ts';
import { mountPage, texts } from './pages/mount.ts';

const serverSettings = (): Settings => ({
  portalLanguage: null,
  communicationLanguage: 'en',
  notifications: {
    absence_request_processed: true,
    score: true,
    grade_posted: true,
    grade_below: true,
    attendance: true,
    announcement: true,
    payment_succeeded: true,
    payment_failed: true,
    recurring_payment_run: true,
    low_food_balance: true,
    meal_application_processed: true,
  },
  gradeBelowPercent: 70,
  lowBalanceThresholdCents: 500,
  contactPreferences: {
    emergency: { voice: true, text: true, email: true },
    attendance: { voice: false, text: true, email: true },
    behaviour: { voice: false, text: false, email: true },
    general: { voice: false, text: false, email: true },
    priority: { voice: false, text: true, email: true },
    teacher: { voice: false, text: false, email: true },
  },
});

function field<T extends HTMLElement>(page: SettingsPage, selector: string): T {
  const found = page.shadowRoot!.querySelector<T>(selector);
  if (!found) throw new Error(`No ${selector}`);
  return found;
}

function save(page: SettingsPage) {
  field<HTMLButtonElement>(page, 'button[type=submit]').click();
}

describe('settings page', () => {
  let db: PortalDb;
  let runner: OutboxRunner | undefined;
  let puts: { body: SettingsUpdate; key: string | null }[];
  let stored: Settings;
  let online: boolean;

  beforeEach(async () => {
    db = freshDb();
    puts = [];
    stored = serverSettings();
    online = true;
    await mockApi(
      http.get('/api/v1/settings', () => HttpResponse.json(stored)),
      http.put('/api/v1/settings', async ({ request }) => {
        if (!online) return HttpResponse.error();
        const body = (await request.json()) as SettingsUpdate;
        puts.push({ body, key: request.headers.get('idempotency-key') });
        stored = {
          ...stored,
          ...body,
          notifications: { ...stored.notifications, ...body.notifications },
          contactPreferences: { ...stored.contactPreferences, ...body.contactPreferences },
        } as Settings;
        return HttpResponse.json(stored);
      }),
    );
  });
  afterEach(async () => {
    runner?.stop();
    runner = undefined;
    document.querySelectorAll('settings-page').forEach((page) => page.remove());
    await dropDb(db);
  });

  it('shows the server settings: dollars for the threshold, the contact grid, accessible', async () => {
    await useLanguage('en');
    const page = await mountPage('settings-page', db, { namespace: 'settings' });

    expect(field<HTMLInputElement>(page, '#lowBalance').value).to.equal('5.00');
    expect(field<HTMLInputElement>(page, '#gradeBelowPercent').value).to.equal('70');
    expect(field<HTMLSelectElement>(page, '#communicationLanguage').value).to.equal('en');
    expect(texts(page.shadowRoot!, '#communicationLanguage option')).to.deep.equal([
      'English',
      'Español',
      'Polski',
      'Русский',
    ]);
    const attendanceText = field<HTMLInputElement>(page, 'input[name="contact.attendance.text"]');
    expect(attendanceText.checked).to.equal(true);
    expect(attendanceText.getAttribute('aria-label')).to.equal('Attendance: Text');
    await expectAccessible(page);
  });

  it('sends only what changed, in cents, with an idempotency key', async () => {
    await useLanguage('en');
    const page = await mountPage('settings-page', db, { namespace: 'settings' });
    runner = new OutboxRunner(db);
    runner.start();

    field<HTMLInputElement>(page, '#lowBalance').value = '7.5';
    field<HTMLSelectElement>(page, '#communicationLanguage').value = 'pl';
    field<HTMLInputElement>(page, 'input[name="contact.teacher.voice"]').click();
    field<HTMLInputElement>(page, 'input[name="notifications.score"]').click();
    save(page);

    await until(() => puts.length === 1);
    expect(puts[0]?.body).to.deep.equal({
      communicationLanguage: 'pl',
      lowBalanceThresholdCents: 750,
      notifications: { score: false },
      contactPreferences: { teacher: { voice: true, text: false, email: true } },
    });
    expect(puts[0]?.key).to.match(/^[0-9a-f-]{36}$/);
    await eventually(async () => (await readMeta(db, 'settings'))?.communicationLanguage === 'pl');
    await until(() => (page.shadowRoot!.textContent ?? '').includes('Saved.'));
  });

  it('keeps a change made offline on the device, shows it waiting, sends it once online', async () => {
    await useLanguage('es');
    const page = await mountPage('settings-page', db, { namespace: 'settings' });
    runner = new OutboxRunner(db);
    runner.start();
    online = false;

    field<HTMLInputElement>(page, '#gradeBelowPercent').value = '65';
    save(page);

    await until(() => (page.shadowRoot!.textContent ?? '').includes('Se enviará cuando tenga conexión'));
    await eventually(async () => (await db.outbox.where('state').equals('waiting').count()) === 1);
    // Shown as the person left it, though the server has not got it yet.
    expect(field<HTMLInputElement>(page, '#gradeBelowPercent').value).to.equal('65');
    expect(puts).to.deep.equal([]);

    online = true;
    window.dispatchEvent(new Event('online'));
    await until(() => puts.length === 1, 5000);
    expect(puts[0]?.body).to.deep.equal({ gradeBelowPercent: 65 });
    await until(() => (page.shadowRoot!.textContent ?? '').includes('Guardado.'));
    expect((await readMeta(db, 'settings'))?.gradeBelowPercent).to.equal(65);
    await expectAccessible(page);
  });

  it('refuses an amount that is not dollars and cents, sending nothing', async () => {
    await useLanguage('en');
    const page = await mountPage('settings-page', db, { namespace: 'settings' });
    field<HTMLInputElement>(page, '#lowBalance').value = '5.005';
    save(page);
    await until(() => field(page, '#lowBalance').getAttribute('aria-invalid') === 'true');
    expect(field(page, '#balance-hint').textContent).to.contain('dollars and cents');
    expect(await db.outbox.count()).to.equal(0);
  });

  it('offers the contract\'s choices (repeated to keep TypeBox out of the page)', () => {
    expect(choices.communicationLanguages).to.deep.equal(contract.communicationLanguages);
    expect(choices.contactMessageTypes).to.deep.equal(contract.contactMessageTypes);
    expect(choices.notificationKinds).to.deep.equal(notificationKinds);
    expect(Object.keys(contract.ContactChannels.properties)).to.deep.equal([...choices.contactChannels]);
  });

  it('converts dollars and cents without rounding', () => {
    expect(dollarsToCents('5')).to.equal(500);
    expect(dollarsToCents('5,5')).to.equal(550);
    expect(dollarsToCents('0.07')).to.equal(7);
    expect(dollarsToCents('1,000')).to.equal(undefined);
    expect(dollarsToCents('-1')).to.equal(undefined);
    expect(centsToDollars(1005)).to.equal('10.05');
  });
});

async function eventually(check: () => Promise<boolean>, timeoutMs = 5000): Promise<void> {
  const start = performance.now();
  while (!(await check())) {
    if (performance.now() - start > timeoutMs) throw new Error('Timed out waiting');
    await new Promise((resolve) => setTimeout(resolve, 30));
  }
}
