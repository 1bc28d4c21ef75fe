import { html, nothing } from 'lit';
import { formatTime, formatWeekday } from '../../i18n/format.ts';
import { t } from '../../i18n/i18n.ts';
import '../../ui/empty-state.ts';
import { flagBadges, scoreText } from '../../ui/score-display.ts';
import { rowDetail, timeRange } from '../schedule/schedule-labels.ts';
import type { DayDetail } from './calendar-data.ts';

/** The chosen day's three tabs: what is due, the classes, attendance. */

export const dayTabs = ['assignments', 'schedule', 'attendance'] as const;
export type DayTab = (typeof dayTabs)[number];

export function tabCount(detail: DayDetail, tab: DayTab): number {
  if (tab === 'assignments') return detail.due.length;
  if (tab === 'schedule') return detail.classes.length;
  return detail.attendance.length;
}

export function dueTab(detail: DayDetail, studentId: number) {
  if (detail.due.length === 0) {
    return html`<empty-state .heading=${t('calendar:due.emptyHeading')}
      .reason=${t('calendar:due.emptyReason')}></empty-state>`;
  }
  return html`<ul class="rows">
    ${detail.due.map(({ assignment, score, course }) => {
      const text = scoreText(score, assignment.pointsPossible);
      return html`<li>
        <span class="what">
          <a href="/students/${studentId}/assignments/${assignment.id}">${assignment.title}</a>
          <span class="detail">
            ${[course, text.points ?? text.mark, text.percent].filter(Boolean).join(' · ')}
          </span>
          ${flagBadges(score, (flag) => t(`calendar:flags.${flag}`))}
        </span>
      </li>`;
    })}
  </ul>`;
}

export function scheduleTab(detail: DayDetail) {
  if (detail.classes.length > 0) {
    return html`<ul class="rows">
      ${detail.classes.map(
        (row) => html`<li class="timed">
          <span class="when">${timeRange(row)}</span>
          <span class="what">
            <strong>${row.title}</strong>
            <span class="detail">${rowDetail(row, 'calendar')}</span>
          </span>
        </li>`,
      )}
    </ul>`;
  }
  const name = detail.calendarDay?.name;
  const reason =
    detail.schoolDay === 'no'
      ? name
        ? t('calendar:schedule.noSchoolNamed', { name })
        : t('calendar:schedule.noSchool')
      : !detail.hasSections
        ? t('calendar:schedule.noSections')
        : t('calendar:schedule.noMeetings', { weekday: formatWeekday(detail.day) });
  return html`<empty-state .heading=${t('calendar:schedule.emptyHeading')} .reason=${reason}>
  </empty-state>`;
}

export function attendanceTab(detail: DayDetail) {
  if (detail.attendance.length === 0) {
    return html`<empty-state .heading=${t('calendar:attendance.emptyHeading')}
      .reason=${t('calendar:attendance.emptyReason')}></empty-state>`;
  }
  return html`<ul class="rows">
    ${detail.attendance.map(
      ({ event, course }) => html`<li>
        <span class="what">
          <strong>${t(`calendar:attendance.category.${event.category}`)}</strong>
          <span class="detail">
            ${[
              course ?? t('calendar:attendance.wholeDay'),
              event.code,
              event.arrivalTime ? formatTime(event.arrivalTime) : null,
              event.comment,
            ]
              .filter(Boolean)
              .join(' · ')}
          </span>
          <span class="badges">
            <span class="badge ${event.excuse === 'excused' ? 'good' : event.excuse === 'unexcused' ? 'bad' : 'warn'}">
              ${t(`calendar:attendance.excuse.${event.excuse}`)}
            </span>
          </span>
        </span>
      </li>`,
    )}
  </ul>`;
}

export function noSchoolNote(detail: DayDetail) {
  if (detail.schoolDay !== 'no' || !detail.calendarDay) return nothing;
  return html`<p class="note">
    ${detail.calendarDay.name
      ? t('calendar:schedule.noSchoolNamed', { name: detail.calendarDay.name })
      : t('calendar:schedule.noSchool')}
  </p>`;
}
