import { expect } from '@esm-bundle/chai';
import { http, HttpResponse } from 'msw';
import type { Notification } from '../../src/api/notifications.ts';
import '../../src/app/notification-bell.ts';
import type { PortalDb } from '../../src/data/db.ts';
import { markRead } from '../../src/pages/notifications/notifications-data.ts';
import { notificationText } from '../../src/pages/notifications/notification-text.ts';
import { loadNamespace } from '../../src/i18n/i18n.ts';
import { dropDb, freshDb, mockApi, until, useLanguage } from './helpers.ts';

const notification = (id: number, read: boolean): Notification => ({
  id,
  kind: 'announcement',
  params: { district: 'Example Unified', text: 'Snow day' },
  title: 'Announcement',
  body: 'Snow day',
  link: null,
  read,
  createdAt: `2026-12-0${id}T12:00:00.000Z`,
  expiresAt: '2099-01-01T00:00:00.000Z',
});

describe('notification bell', () => {
  let db: PortalDb;
  beforeEach(() => {
    db = freshDb();
  });
  afterEach(async () => {
    document.querySelectorAll('notification-bell').forEach((bell) => bell.remove());
    await dropDb(db);
  });

  it('shows the unread count and names it, in two languages; marking read lowers it offline', async () => {
    await useLanguage('en');
    await mockApi(http.post('/api/v1/notifications/:id/read', () => HttpResponse.error()));
    await db.notifications.bulkPut([notification(1, false), notification(2, false), notification(3, true)]);
    const bell = document.createElement('notification-bell');
    bell.db = db;
    document.body.append(bell);
    const link = () => bell.shadowRoot?.querySelector('a');
    await until(() => link()?.getAttribute('aria-label') === 'Notifications, 2 unread');
    expect(bell.shadowRoot?.querySelector('.count')?.textContent).to.equal('2');

    await useLanguage('zh-Hant');
    await until(() => link()?.getAttribute('aria-label') === '通知，2 則未讀');

    await markRead(db, 1);
    await until(() => link()?.getAttribute('aria-label') === '通知，1 則未讀');
    // The read waits in the outbox (the server is out of reach) with its own key.
    const [entry] = await db.outbox.toArray();
    expect(entry?.path).to.equal('/api/v1/notifications/1/read');

    await markRead(db, 2);
    await useLanguage('en');
    await until(() => link()?.getAttribute('aria-label') === 'Notifications');
    expect(bell.shadowRoot?.querySelector('.count')).to.equal(null);
  });

  it('puts the unread count on the app badge where the Badging API exists', async () => {
    const badges: number[] = [];
    Object.defineProperty(navigator, 'setAppBadge', {
      configurable: true, value: async (count: number) => void badges.push(count),
    });
    Object.defineProperty(navigator, 'clearAppBadge', {
      configurable: true, value: async () => void badges.push(0),
    });
    try {
      await useLanguage('en');
      await mockApi(http.post('/api/v1/notifications/:id/read', () => HttpResponse.error()));
      await db.notifications.bulkPut([notification(1, false), notification(2, false)]);
      const bell = document.createElement('notification-bell');
      bell.db = db;
      document.body.append(bell);
      await until(() => badges.at(-1) === 2);

      await markRead(db, 1);
      await markRead(db, 2);
      await until(() => badges.at(-1) === 0);
    } finally {
      delete (navigator as { setAppBadge?: unknown }).setAppBadge;
      delete (navigator as { clearAppBadge?: unknown }).clearAppBadge;
    }
  });

  it("writes a processed request's notification from its kind and params, in Spanish", async () => {
    await useLanguage('es');
    await loadNamespace('notifications');
    const text = notificationText({
      ...notification(1, false),
      kind: 'absence_request_processed',
      params: { requestId: 4, status: 'approved', student: 'Leo', kind: 'full_day',
        firstDate: '2026-12-07', lastDate: '2026-12-07', note: null },
      title: 'Absence request approved',
    });
    expect(text.title).to.equal('Solicitud de ausencia aprobada');
    expect(text.body).to.match(/^Se aprobó la solicitud de ausencia de Leo \(.*7.*\)\.$/);
  });

  it('writes the money notifications from their params in each language, the amounts as money', async () => {
    const expected = {
      en: { paid: 'Payment made', amount: '$12.50', low: /Leo.*\$3\.25.*\$5\.00/ },
      es: { paid: 'Pago realizado', amount: '12,50', low: /Leo.*3,25.*5,00/ },
      'zh-Hans': { paid: '付款成功', amount: '12.50', low: /Leo.*3\.25.*5\.00/ },
      'zh-Hant': { paid: '付款成功', amount: '12.50', low: /Leo.*3\.25.*5\.00/ },
    } as const;
    for (const [lng, words] of Object.entries(expected)) {
      await useLanguage(lng as keyof typeof expected);
      await loadNamespace('notifications');
      const paid = notificationText({
        ...notification(1, false),
        kind: 'payment_succeeded',
        params: { paymentId: 9, amountCents: 1250, status: 'succeeded', receipt: 'R-000009', code: null },
      });
      expect(paid.title, lng).to.equal(words.paid);
      expect(paid.body, lng).to.contain(words.amount).and.to.contain('R-000009');
      const failed = notificationText({
        ...notification(1, false),
        kind: 'recurring_payment_run',
        params: { paymentId: 10, amountCents: 1250, status: 'declined', receipt: null, code: 'card_declined' },
      });
      expect(failed.title, lng).not.to.equal('Announcement');
      expect(failed.body, lng).to.contain(words.amount).and.not.to.contain('R-');
      const low = notificationText({
        ...notification(1, false),
        kind: 'low_food_balance',
        params: { student: 'Leo', foodServiceAccountId: 3, balanceCents: 325, thresholdCents: 500 },
      });
      expect(`${low.title} ${low.body}`, lng).to.match(words.low);
    }
  });

  it("says an attendance notification's kind in each language, not the SIS's category", async () => {
    const expected = {
      en: { tardy: /^Ivy: Tardy on Dec 3, 2026$/, early: 'Left early' },
      es: { tardy: /^Ivy: Tardanza el 3 dic 2026$/, early: 'Salida anticipada' },
      'zh-Hans': { tardy: /^Ivy：2026年12月3日 迟到$/, early: '早退' },
      'zh-Hant': { tardy: /^Ivy：2026年12月3日 遲到$/, early: '早退' },
    } as const;
    for (const [lng, words] of Object.entries(expected)) {
      await useLanguage(lng as keyof typeof expected);
      await loadNamespace('notifications');
      const attendance = (category: string) =>
        notificationText({
          ...notification(1, false),
          kind: 'attendance',
          params: { student: 'Ivy', studentId: 4, date: '2026-12-03', category, excuse: 'unknown', code: 'T' },
        });
      expect(attendance('tardy').body, lng).to.match(words.tardy);
      expect(attendance('early_departure').body, lng).to.contain(words.early).and.not.to.contain('early_departure');
    }
  });

  it('writes a low-grade notification with the percentages in the language', async () => {
    for (const [lng, expected] of [['en', /^Math: 64\.3%, below your alert at 70%\.$/], ['es', /64,3\s?%/]] as const) {
      await useLanguage(lng);
      await loadNamespace('notifications');
      const text = notificationText({
        ...notification(1, false),
        kind: 'grade_below',
        params: { student: 'Ana', studentId: 4, course: 'Math', percent: 64.3, belowPercent: 70 },
      });
      expect(text.title, lng).to.contain('Ana').and.not.to.equal('Announcement');
      expect(text.body, lng).to.match(expected);
    }
  });
});
