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
  assert.equal(notificationText('attendance', params, 'es').body, '2026-12-02: tarde (TP)');
  assert.equal(notificationText('attendance', params, 'ru').body, '2026-12-02: опоздание (TP)');
});

test('attendance never puts the SIS category itself in a push, in any communication language', () => {
  const expected = {
    en: ['absent', 'tardy', 'left early'],
    es: ['ausente', 'tarde', 'salida temprana'],
    pl: ['nieobecność', 'spóźnienie', 'wcześniejsze wyjście'],
    ru: ['отсутствие', 'опоздание', 'ранний уход'],
  } as const;
  for (const [language, words] of Object.entries(expected)) {
    const bodies = ['absence', 'tardy', 'early_departure'].map(
      (category) =>
        notificationText(
          'attendance',
          { student: 'Ana', date: '2026-12-02', category, code: null },
          language as keyof typeof expected,
        ).body,
    );
    assert.deepEqual(bodies, words.map((word) => `2026-12-02: ${word}`), language);
  }
});
