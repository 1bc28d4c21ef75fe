import type { Notification } from '../../api/notifications.ts';
import { formatDate, formatPercent } from '../../i18n/format.ts';
import { t } from '../../i18n/i18n.ts';
import { formatMoney } from '../money/money-format.ts';

/**
 * A notification's words in the app's language, from its kind and params;
 * a kind this version does not know shows the server's English text.
 */
export function notificationText(n: Notification): { title: string; body: string } {
  const p = n.params;
  const text = (key: string) => (typeof p[key] === 'string' || typeof p[key] === 'number' ? String(p[key]) : '');
  const date = (key: string) => (text(key) ? formatDate(text(key)) : '');
  const money = (key: string) => formatMoney(Number(p[key] ?? 0));
  const paid = () => ({
    title: t('notifications:payment.succeeded.title'),
    body: t('notifications:payment.succeeded.body', { amount: money('amountCents'), receipt: text('receipt') }),
  });
  const failed = () => ({
    title: t('notifications:payment.failed.title'),
    body: t('notifications:payment.failed.body', { amount: money('amountCents') }),
  });
  switch (n.kind) {
    case 'absence_request_processed': {
      const status = text('status') === 'approved' ? 'approved' : 'denied';
      const first = date('firstDate');
      const last = date('lastDate');
      return {
        title: t(`notifications:absence.${status}.title`),
        body: t(`notifications:absence.${status}.body`, {
          student: text('student'),
          dates: last && last !== first ? `${first} – ${last}` : first,
        }),
      };
    }
    case 'score':
      return {
        title: t('notifications:score.title'),
        body: t('notifications:score.body', {
          student: text('student'),
          assignment: text('assignment'),
          score: text('score'),
        }),
      };
    case 'grade_posted':
      return {
        title: t('notifications:grade.title'),
        body: t('notifications:grade.body', {
          student: text('student'),
          course: text('course'),
          grade: text('grade'),
        }),
      };
    case 'grade_below':
      return {
        title: t('notifications:gradeBelow.title', { student: text('student') }),
        body: t('notifications:gradeBelow.body', {
          course: text('course'),
          percent: formatPercent(Number(p.percent)),
          below: formatPercent(Number(p.belowPercent)),
        }),
      };
    case 'attendance': {
      // The params hold the SIS's category ('tardy'), not words: say it in the app's language.
      const category = text('category');
      return {
        title: t('notifications:attendance.title'),
        body: t('notifications:attendance.body', {
          student: text('student'),
          date: date('date'),
          category: t(`notifications:attendance.category.${category}`, { defaultValue: category }),
        }),
      };
    }
    case 'announcement':
      return {
        title: t('notifications:announcement.title', { district: text('district') }),
        body: text('text') || n.body,
      };
    case 'meal_application_processed': {
      const status = text('status') === 'approved' ? 'approved' : 'denied';
      const note = text('note');
      return {
        title: t(`notifications:meal.${status}.title`),
        body: note || t(`notifications:meal.${status}.body`),
      };
    }
    case 'payment_succeeded':
      return paid();
    case 'payment_failed':
      return failed();
    case 'recurring_payment_run':
      return {
        title: t('notifications:payment.recurring.title'),
        body: (text('status') === 'succeeded' ? paid() : failed()).body,
      };
    case 'low_food_balance':
      return {
        title: t('notifications:lowBalance.title', { student: text('student') }),
        body: t('notifications:lowBalance.body', {
          balance: money('balanceCents'),
          threshold: money('thresholdCents'),
        }),
      };
    default:
      return { title: n.title, body: n.body };
  }
}
