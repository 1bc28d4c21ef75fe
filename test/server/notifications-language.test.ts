import assert from 'node:assert/strict';
import { test } from 'node:test';
import { notificationText } from '../../server/notifications/texts.ts';

const processed = {
  student: 'Ana', status: 'approved', firstDate: '2026-12-07', note: null,
} as const;

test('a notification reads in each communication language, English by default', () => {
  assert.equal(notificationText('absence_request_processed', processed).title,
    'Absence request approved');
  const titles = (['en', 'es', 'pl', 'ru'] as const).map(
    (language) => notificationText('absence_request_processed', processed, language).title,
  );
  assert.deepEqual(titles, [
    'Absence request approved',
    'Solicitud de ausencia aprobada',
    'Wniosek o nieobecność zatwierdzony',
    'Заявка на отсутствие одобрена',
  ]);
});

test("attendance names the category in the guardian's words", () => {
  const params = { student: 'Ana', date: '2026-12-02', category: 'tardy', code: 'TP' };
  // The day as the reader writes dates, not as the SIS stores it.
  assert.equal(notificationText('attendance', params, 'es').body, '2 dic 2026: tarde (TP)');
  assert.equal(notificationText('attendance', params, 'ru').body, '2 дек. 2026 г.: опоздание (TP)');
  assert.equal(notificationText('attendance', params, 'en').body, 'Dec 2, 2026: tardy (TP)');
});

test('attendance never puts the SIS category itself in a push, in any communication language', () => {
  const expected = {
    en: ['absent', 'tardy', 'left early'],
    es: ['ausente', 'tarde', 'salida temprana'],
    pl: ['nieobecność', 'spóźnienie', 'wcześniejsze wyjście'],
    ru: ['отсутствие', 'опоздание', 'ранний уход'],
  } as const;
  const day = { en: 'Dec 2, 2026', es: '2 dic 2026', pl: '2 gru 2026', ru: '2 дек. 2026 г.' };
  for (const [language, words] of Object.entries(expected)) {
    const bodies = ['absence', 'tardy', 'early_departure'].map(
      (category) =>
        notificationText(
          'attendance',
          { student: 'Ana', date: '2026-12-02', category, code: null },
          language as keyof typeof expected,
        ).body,
    );
    const date = day[language as keyof typeof day];
    assert.deepEqual(bodies, words.map((word) => `${date}: ${word}`), language);
  }
});
