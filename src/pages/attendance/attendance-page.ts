import { LitElement, html, nothing } from 'lit';
import type { PageContext } from '../../app/page-context.ts';
import { formatDate, formatNumber, formatTime } from '../../i18n/format.ts';
import { I18nController } from '../../i18n/i18n-controller.ts';
import { t } from '../../i18n/i18n.ts';
import '../../ui/empty-state.ts';
import { recordHeader } from '../../ui/record-header.ts';
import { recordQuery } from '../../ui/record-query.ts';
import { recordStyles } from '../../ui/record-styles.ts';
import { badgeStyles } from '../../ui/score-display.ts';
import { baseStyles } from '../../ui/styles.ts';
import {
  countedCategories,
  loadAttendance,
  type AttendanceData,
  type EventRow,
  type TermAttendance,
  type Totals,
} from './attendance-data.ts';
import { attendanceStyles } from './attendance-styles.ts';

const excuseTone = { excused: 'good', unexcused: 'bad', unknown: 'warn' } as const;

/** Absences and tardies per term, per course, and each event with its excuse. */
export class AttendancePage extends LitElement {
  static override styles = [baseStyles, recordStyles, badgeStyles, attendanceStyles];

  static override properties = { context: { attribute: false } };

  /** Given by the shell: database, student, year, enrollment, today. */
  declare context: PageContext | undefined;

  #data = recordQuery(this, (c) => loadAttendance(c.db, c));

  constructor() {
    super();
    new I18nController(this);
  }

  override render() {
    const c = this.context;
    if (!c) return null;
    const data = this.#data.value;

    return html`
      ${recordHeader(t('attendance:heading'), c, data?.scope.year?.name, this.#data.error)}
      ${!data
        ? html`<p class="loading" role="status">${t('attendance:loading')}</p>`
        : this.#renderBody(data)}
    `;
  }

  #renderBody(data: AttendanceData) {
    if (!data.scope.synced) {
      return html`<empty-state .heading=${t('attendance:notSynced.heading')}
        .reason=${t('attendance:notSynced.reason')}></empty-state>`;
    }
    if (data.terms.length === 0) {
      return html`<div class="stack">
        <empty-state .heading=${t('attendance:empty.heading')}
          .reason=${t('attendance:empty.reason', { year: data.scope.year?.name ?? '' })}>
        </empty-state>
      </div>`;
    }
    return html`<div class="stack">
      ${data.terms.map((term, index) => this.#renderTerm(term, index))}
    </div>`;
  }

  #renderTerm(group: TermAttendance, index: number) {
    const { term } = group;
    const id = `term-${index}`;
    const showDay = group.hasDayEvents || group.courses.length === 0;
    return html`<section class="card" aria-labelledby=${id}>
      <div class="term-head">
        <h2 id=${id}>${term?.name ?? t('attendance:otherTerm')}</h2>
        ${term
          ? html`<span class="detail">
              ${formatDate(term.startDate, 'short')} – ${formatDate(term.endDate, 'medium')}
            </span>`
          : nothing}
      </div>
      <div class="tables">
        ${showDay ? this.#renderTotals(group.day) : nothing}
        ${group.courses.length > 0 ? this.#renderCourses(group) : nothing}
      </div>
      <h3>${t('attendance:events.heading')}</h3>
      ${group.events.length === 0
        ? html`<empty-state .heading=${t('attendance:events.emptyHeading')}
            .reason=${t('attendance:events.emptyReason')}></empty-state>`
        : html`<ul class="rows">${group.events.map((row) => this.#renderEvent(row))}</ul>`}
    </section>`;
  }

  /** Kinds across, excuses down: three narrow columns fit a phone in every language. */
  #renderTotals(totals: Totals) {
    const rows = ['total', 'excused', 'unexcused', 'unknown'] as const;
    // Early departures only take a column when there are some: most terms have none.
    const categories = countedCategories.filter(
      (category) => category !== 'early_departure' || totals[category].total > 0,
    );
    return html`<div class="scroll">
      <table>
        <caption>${t('attendance:totals.caption')}</caption>
        <thead>
          <tr>
            <td></td>
            ${categories.map(
              (category) => html`<th scope="col" class="num">${t(`attendance:kinds.${category}`)}</th>`,
            )}
          </tr>
        </thead>
        <tbody>
          ${rows.map(
            (row) => html`<tr class=${row}>
              <th scope="row">${t(`attendance:totals.${row}`)}</th>
              ${categories.map((category) => {
                const value = totals[category][row];
                return html`<td class="num ${value === 0 ? 'zero' : ''}">${formatNumber(value)}</td>`;
              })}
            </tr>`,
          )}
        </tbody>
      </table>
    </div>`;
  }

  #renderCourses(group: TermAttendance) {
    const categories = ['absence', 'tardy'] as const;
    return html`<div class="scroll">
      <table>
        <caption>${t('attendance:courses.caption')}</caption>
        <thead>
          <tr>
            <th scope="col">${t('attendance:courses.course')}</th>
            ${categories.map(
              (category) => html`<th scope="col" class="num">${t(`attendance:kinds.${category}`)}</th>`,
            )}
          </tr>
        </thead>
        <tbody>
          ${group.courses.map(
            (course) => html`<tr>
              <th scope="row">${course.title}</th>
              ${categories.map((category) => {
                const tally = course.totals[category];
                return html`<td class="num ${tally.total === 0 ? 'zero' : ''}">
                  ${formatNumber(tally.total)}
                  ${tally.total > 0
                    ? html`<span class="detail split">
                        ${t('attendance:courses.split', {
                          excused: formatNumber(tally.excused),
                          unexcused: formatNumber(tally.unexcused + tally.unknown),
                        })}
                      </span>`
                    : nothing}
                </td>`;
              })}
            </tr>`,
          )}
        </tbody>
      </table>
    </div>`;
  }

  #renderEvent({ event, course }: EventRow) {
    const times = [
      event.arrivalTime ? t('attendance:events.arrived', { time: formatTime(event.arrivalTime) }) : null,
      event.departureTime
        ? t('attendance:events.left', { time: formatTime(event.departureTime) })
        : null,
      event.minutes && event.category !== 'absence'
        ? t('attendance:events.minutes', { minutes: formatNumber(event.minutes) })
        : null,
    ].filter(Boolean);
    return html`<li>
      <span class="when">${formatDate(event.date, 'short')}</span>
      <span class="what">
        <span class="line">
          <strong>${t(`attendance:category.${event.category}`)}</strong>
          ${event.code
            ? html`<span class="code" title=${t('attendance:events.code')}>
                <span class="visually-hidden">${t('attendance:events.code')}: </span>${event.code}
              </span>`
            : nothing}
          <span class="badge ${excuseTone[event.excuse]}">${t(`attendance:excuse.${event.excuse}`)}</span>
        </span>
        <span class="detail">
          ${[course ?? t('attendance:events.wholeDay'), ...times].join(' · ')}
        </span>
        ${event.comment ? html`<span class="comment">${event.comment}</span>` : nothing}
      </span>
    </li>`;
  }
}

customElements.define('attendance-page', AttendancePage);

declare global {
  interface HTMLElementTagNameMap {
    'attendance-page': AttendancePage;
  }
}
