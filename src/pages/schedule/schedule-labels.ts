import { html } from 'lit';
import { currentLanguage, t } from '../../i18n/i18n.ts';
import { formatTime } from '../../i18n/format.ts';
import type { ScheduleRow } from './schedule-data.ts';

/**
 * Words for a schedule row, shared by the Schedule page and the Calendar's
 * day view; `ns` is the namespace holding `period`, `room` and `everyDay`.
 */

/**
 * A bare number or the SIS's English "Period 3" reads as "Period 3" in the
 * chosen language; a named period ("Homeroom") stays as it is.
 */
export function periodLabel(name: string, ns: string): string {
  const number = /^(?:period\s*)?(\d+)$/i.exec(name.trim())?.[1];
  return number ? t(`${ns}:period`, { name: number }) : name;
}

/** A bare room number reads as "Room 13"; "Music Room" or "Gym" stays as it is. */
export function roomLabel(room: string, ns: string): string {
  return /^[\p{L}\p{N}-]{1,6}$/u.test(room) && /\d/.test(room) ? t(`${ns}:room`, { room }) : room;
}

/** "8:00 AM – 8:50 AM", breaking only after the dash when the column is narrow. */
export function timeRange(row: Pick<ScheduleRow, 'startTime' | 'endTime'>) {
  if (!row.startTime) return '';
  const start = html`<span class="time">${formatTime(row.startTime)}</span>`;
  return row.endTime
    ? html`${start} – <span class="time">${formatTime(row.endTime)}</span>`
    : start;
}

/** "Mon, Wed" for a course that does not meet every weekday; empty when it does. */
export function meetingDays(days: string, lng = currentLanguage()): string {
  if (days === '' || days === '12345') return '';
  const weekday = new Intl.DateTimeFormat(lng, { weekday: 'short', timeZone: 'UTC' });
  // 2024-01-01 was a Monday: ISO weekday n is n - 1 days later.
  const names = [...days].map((d) => weekday.format(new Date(Date.UTC(2024, 0, Number(d)))));
  return new Intl.ListFormat(lng, { style: 'long', type: 'conjunction' }).format(names);
}

export function rowDetail(row: ScheduleRow, ns: string): string {
  return [
    row.period !== null ? periodLabel(row.period, ns) : null,
    row.room ? roomLabel(row.room, ns) : null,
    row.teachers.join(', '),
  ]
    .filter(Boolean)
    .join(' · ');
}
