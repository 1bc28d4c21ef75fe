import type { NotificationKind } from '../../src/api/notifications.ts';
import type { CommunicationLanguage } from '../db/schema.ts';
import { moneyNotificationText } from '../money/notification-texts.ts';

export type NotificationParams = Record<string, string | number | null>;

interface Words {
  requestTitle: (approved: boolean) => string;
  requestBody: (student: string, from: string) => string;
  scoreTitle: (student: string) => string;
  gradeTitle: (student: string) => string;
  belowTitle: (student: string) => string;
  belowBody: (course: string, percent: string, below: string) => string;
  attendanceTitle: (student: string) => string;
  category: Record<string, string>;
  announcement: string;
  mealTitle: (approved: boolean) => string;
}

const words: Record<CommunicationLanguage, Words> = {
  en: {
    requestTitle: (ok) => `Absence request ${ok ? 'approved' : 'denied'}`,
    requestBody: (student, from) => `Your absence request for ${student} from ${from}`,
    scoreTitle: (student) => `New score for ${student}`,
    gradeTitle: (student) => `Grade posted for ${student}`,
    belowTitle: (student) => `Low grade for ${student}`,
    belowBody: (course, percent, below) => `${course}: ${percent}, below ${below}.`,
    attendanceTitle: (student) => `Attendance for ${student}`,
    category: {
      absence: 'absent', tardy: 'tardy', early_departure: 'left early', present: 'present',
    },
    announcement: 'District announcement',
    mealTitle: (ok) => `Meal benefits application ${ok ? 'approved' : 'denied'}`,
  },
  es: {
    requestTitle: (ok) => `Solicitud de ausencia ${ok ? 'aprobada' : 'denegada'}`,
    requestBody: (student, from) => `Su solicitud de ausencia para ${student} desde el ${from}`,
    scoreTitle: (student) => `Nueva calificación para ${student}`,
    gradeTitle: (student) => `Nota publicada para ${student}`,
    belowTitle: (student) => `Nota baja de ${student}`,
    belowBody: (course, percent, below) => `${course}: ${percent}, menos de ${below}.`,
    attendanceTitle: (student) => `Asistencia de ${student}`,
    category: {
      absence: 'ausente', tardy: 'tarde', early_departure: 'salida temprana', present: 'presente',
    },
    announcement: 'Aviso del distrito',
    mealTitle: (ok) => `Solicitud de beneficios de comidas ${ok ? 'aprobada' : 'denegada'}`,
  },
  pl: {
    requestTitle: (ok) => `Wniosek o nieobecność ${ok ? 'zatwierdzony' : 'odrzucony'}`,
    requestBody: (student, from) => `Twój wniosek o nieobecność ucznia ${student} od ${from}`,
    scoreTitle: (student) => `Nowa ocena: ${student}`,
    gradeTitle: (student) => `Wystawiona ocena: ${student}`,
    belowTitle: (student) => `Niska ocena: ${student}`,
    belowBody: (course, percent, below) => `${course}: ${percent}, poniżej ${below}.`,
    attendanceTitle: (student) => `Frekwencja: ${student}`,
    category: {
      absence: 'nieobecność', tardy: 'spóźnienie', early_departure: 'wcześniejsze wyjście',
      present: 'obecność',
    },
    announcement: 'Komunikat okręgu szkolnego',
    mealTitle: (ok) => `Wniosek o posiłki ${ok ? 'zatwierdzony' : 'odrzucony'}`,
  },
  ru: {
    requestTitle: (ok) => `Заявка на отсутствие ${ok ? 'одобрена' : 'отклонена'}`,
    requestBody: (student, from) => `Ваша заявка на отсутствие (${student}) с ${from}`,
    scoreTitle: (student) => `Новая оценка: ${student}`,
    gradeTitle: (student) => `Выставлена оценка: ${student}`,
    belowTitle: (student) => `Низкая оценка: ${student}`,
    belowBody: (course, percent, below) => `${course}: ${percent}, ниже ${below}.`,
    attendanceTitle: (student) => `Посещаемость: ${student}`,
    category: {
      absence: 'отсутствие', tardy: 'опоздание', early_departure: 'ранний уход',
      present: 'присутствие',
    },
    announcement: 'Объявление школьного округа',
    mealTitle: (ok) => `Заявление на питание ${ok ? 'одобрено' : 'отклонено'}`,
  },
};

const dayFormats = new Map<CommunicationLanguage, Intl.DateTimeFormat>();

/** A school day ("2026-12-02") as the reader writes dates: "Dec 2, 2026", "2 dic 2026". */
function schoolDay(value: unknown, language: CommunicationLanguage): string {
  const text = String(value ?? '');
  if (!/^\d{4}-\d{2}-\d{2}$/.test(text)) return text;
  let format = dayFormats.get(language);
  if (!format) {
    // A calendar day has no zone: read and written at UTC midnight, it stays that day.
    format = new Intl.DateTimeFormat(language, { dateStyle: 'medium', timeZone: 'UTC' });
    dayFormats.set(language, format);
  }
  return format.format(new Date(`${text}T00:00:00Z`));
}

/**
 * The server's words for a notification, in the guardian's communication
 * language: what a push shows and what API callers read. The app writes
 * its own text from kind and params in the page's language.
 */
export function notificationText(
  kind: NotificationKind,
  params: NotificationParams,
  language: CommunicationLanguage = 'en',
): { title: string; body: string } {
  const w = words[language];
  const student = String(params.student ?? '');
  switch (kind) {
    case 'absence_request_processed':
      return {
        title: w.requestTitle(params.status === 'approved'),
        body:
          w.requestBody(student, schoolDay(params.firstDate, language)) +
          (params.note ? `: ${params.note}` : '.'),
      };
    case 'score':
      return { title: w.scoreTitle(student), body: `${params.assignment}: ${params.score}` };
    case 'grade_posted':
      return { title: w.gradeTitle(student), body: `${params.course}: ${params.grade}` };
    case 'grade_below': {
      const percent = (value: unknown) =>
        new Intl.NumberFormat(language, { style: 'percent', maximumFractionDigits: 1 })
          .format(Number(value) / 100);
      return {
        title: w.belowTitle(student),
        body: w.belowBody(
          String(params.course ?? ''), percent(params.percent), percent(params.belowPercent),
        ),
      };
    }
    case 'attendance': {
      const category = String(params.category ?? '');
      return {
        title: w.attendanceTitle(student),
        body:
          `${schoolDay(params.date, language)}: ${w.category[category] ?? category}` +
          (params.code ? ` (${params.code})` : ''),
      };
    }
    case 'payment_succeeded':
    case 'payment_failed':
    case 'recurring_payment_run':
    case 'low_food_balance':
      return moneyNotificationText(kind, params, language);
    case 'announcement':
      return {
        title: String(params.district ?? w.announcement),
        body: String(params.text ?? ''),
      };
    case 'meal_application_processed':
      return {
        title: w.mealTitle(params.status === 'approved'),
        body: params.note ? String(params.note) : '',
      };
  }
}
