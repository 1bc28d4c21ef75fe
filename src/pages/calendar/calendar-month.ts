import { html, nothing } from 'lit';
import { formatDate, formatNumber } from '../../i18n/format.ts';
import { currentLanguage, t } from '../../i18n/i18n.ts';
import type { DayMarks } from './calendar-data.ts';
import { monthGrid, monthOf, weekdayOrder } from './calendar-grid.ts';

/** US school calendars start the week on Sunday, whatever the language. */
export const firstDayOfWeek = 7;

export function monthTitle(day: string, lng = currentLanguage()): string {
  const [y = 0, m = 1] = day.split('-').map(Number);
  return new Intl.DateTimeFormat(lng, { month: 'long', year: 'numeric', timeZone: 'UTC' }).format(
    new Date(Date.UTC(y, m - 1, 1)),
  );
}

function weekdayName(isoDay: number, style: 'long' | 'short' | 'narrow', lng = currentLanguage()) {
  // 2024-01-01 was a Monday: ISO weekday n is n - 1 days later.
  return new Intl.DateTimeFormat(lng, { weekday: style, timeZone: 'UTC' }).format(
    new Date(Date.UTC(2024, 0, isoDay)),
  );
}

/** The day's name as a screen reader says it, with what is marked on it. */
export function dayLabel(day: string, mark: DayMarks | undefined, today: string): string {
  const parts = [formatDate(day, 'long')];
  if (day === today) parts.push(t('calendar:marks.today'));
  if (mark?.noSchool) {
    parts.push(
      mark.noSchool.name
        ? t('calendar:marks.noSchoolNamed', { name: mark.noSchool.name })
        : t('calendar:marks.noSchool'),
    );
  }
  if (mark?.due) parts.push(t('calendar:marks.due', { n: formatNumber(mark.due) }));
  if (mark?.attendance) parts.push(t('calendar:marks.attendance', { n: formatNumber(mark.attendance) }));
  return parts.join(', ');
}

export interface MonthView {
  day: string;
  today: string;
  marks: ReadonlyMap<string, DayMarks>;
  onPick: (day: string) => void;
  onKey: (event: KeyboardEvent) => void;
}

/**
 * The month as a grid: one tab stop (the chosen day), arrows move by day
 * and week, Home/End to the week's ends, Page Up/Down by month.
 */
export function monthGridTemplate(view: MonthView) {
  const weeks = monthGrid(monthOf(view.day), firstDayOfWeek);
  return html`<table role="grid" class="month" aria-labelledby="month-heading"
    aria-describedby="grid-help">
    <thead>
      <tr>
        ${weekdayOrder(firstDayOfWeek).map(
          (weekday) => html`<th scope="col" abbr=${weekdayName(weekday, 'long')}>
            <span aria-hidden="true">${weekdayName(weekday, 'short')}</span>
            <span class="visually-hidden">${weekdayName(weekday, 'long')}</span>
          </th>`,
        )}
      </tr>
    </thead>
    <tbody @keydown=${view.onKey}>
      ${weeks.map(
        (week) => html`<tr>
          ${week.map((day) => (day ? dayCell(day, view) : html`<td class="outside"></td>`))}
        </tr>`,
      )}
    </tbody>
  </table>`;
}

function dayCell(day: string, view: MonthView) {
  const mark = view.marks.get(day);
  const chosen = day === view.day;
  const classes = ['day', mark?.noSchool ? 'off' : '', day === view.today ? 'today' : '']
    .filter(Boolean)
    .join(' ');
  return html`<td role="gridcell" aria-selected=${chosen ? 'true' : 'false'}>
    <button
      type="button"
      class=${classes}
      data-day=${day}
      tabindex=${chosen ? '0' : '-1'}
      aria-label=${dayLabel(day, mark, view.today)}
      aria-current=${day === view.today ? 'date' : nothing}
      @click=${() => view.onPick(day)}
    >
      <span class="number" aria-hidden="true">${Number(day.slice(8))}</span>
      <span class="dots" aria-hidden="true">
        ${mark?.due ? html`<span class="dot due"></span>` : nothing}
        ${mark?.attendance ? html`<span class="dot attendance"></span>` : nothing}
      </span>
    </button>
  </td>`;
}

export function legend() {
  return html`<ul class="legend">
    <li><span class="dot due" aria-hidden="true"></span>${t('calendar:legend.due')}</li>
    <li><span class="dot attendance" aria-hidden="true"></span>${t('calendar:legend.attendance')}</li>
    <li><span class="swatch off" aria-hidden="true"></span>${t('calendar:legend.noSchool')}</li>
  </ul>`;
}
