import i18next from 'i18next';
import type { SessionResponse } from '../../api/account.ts';
import type { AbsenceKind } from '../../api/absences.ts';
import { studentName } from '../../app/student-context.ts';
import type { OutboxFailure } from '../../data/outbox/outbox-entry.ts';
import { formatDate, formatTime } from '../../i18n/format.ts';
import { t } from '../../i18n/i18n.ts';

/** Names of the given students, as the guardian knows them. */
export function studentNames(session: SessionResponse, ids: readonly number[]): string {
  return ids
    .map((id) => session.students.find((student) => student.id === id))
    .map((student, index) => (student ? studentName(student) : `#${ids[index]}`))
    .join(', ');
}

/** "Full day · Mon, Dec 7 – Tue, Dec 8" or "Arrive late · Dec 7, 10:30 AM". */
export function whenLabel(request: {
  kind: AbsenceKind;
  firstDate: string;
  lastDate?: string | null;
  time?: string | null;
}): string {
  const first = formatDate(request.firstDate);
  if (request.kind === 'full_day') {
    const last = request.lastDate && request.lastDate !== request.firstDate ? request.lastDate : undefined;
    return last ? t('absences:when.range', { first, last: formatDate(last) }) : first;
  }
  return t('absences:when.at', { date: first, time: request.time ? formatTime(request.time) : '' });
}

export function kindLabel(kind: AbsenceKind): string {
  return t(`absences:kind.${kind}`);
}

/** The server's refusal in the person's language. */
export function failureMessage(failure: OutboxFailure | undefined): string {
  const code = failure?.code ?? 'unexpected';
  if (i18next.exists(`absences:errors.${code}`)) return t(`absences:errors.${code}`);
  if (i18next.exists(`errors:${code}`)) return t(`errors:${code}`);
  return t('absences:errors.unknown', { status: failure?.status ?? 0 });
}
