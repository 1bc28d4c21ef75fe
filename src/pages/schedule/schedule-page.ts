import { LitElement, html, nothing } from 'lit';
import type { Term } from '../../api/entities.ts';
import type { PageContext } from '../../app/page-context.ts';
import { formatDate } from '../../i18n/format.ts';
import { I18nController } from '../../i18n/i18n-controller.ts';
import { t } from '../../i18n/i18n.ts';
import '../../ui/empty-state.ts';
import { recordHeader } from '../../ui/record-header.ts';
import { recordQuery } from '../../ui/record-query.ts';
import { recordStyles } from '../../ui/record-styles.ts';
import { baseStyles } from '../../ui/styles.ts';
import { queryParam, setQueryParams } from '../../ui/url-query.ts';
import { loadSchedule, type ScheduleData } from './schedule-data.ts';
import { meetingDays, rowDetail, timeRange } from './schedule-labels.ts';
import { scheduleStyles } from './schedule-styles.ts';

/** The term's courses by period, with times, rooms and teachers. */
export class SchedulePage extends LitElement {
  static override styles = [baseStyles, recordStyles, scheduleStyles];

  static override properties = { context: { attribute: false } };

  /** Given by the shell: database, student, year, enrollment, today. */
  declare context: PageContext | undefined;

  #data = recordQuery(
    this,
    (c) => loadSchedule(c.db, { ...c, termId: this.#termParam }),
    () => [this.#termParam],
  );

  constructor() {
    super();
    new I18nController(this);
  }

  get #termParam(): string | null {
    return queryParam('term');
  }

  override render() {
    const c = this.context;
    if (!c) return null;
    const data = this.#data.value;

    return html`
      ${recordHeader(t('schedule:heading'), c, data?.scope.year?.name, this.#data.error)}
      ${!data ? html`<p class="loading" role="status">${t('schedule:loading')}</p>` : this.#renderBody(data)}
    `;
  }

  #renderBody(data: ScheduleData) {
    const { scope, term, rows } = data;
    if (!scope.synced) {
      return html`<empty-state .heading=${t('schedule:notSynced.heading')}
        .reason=${t('schedule:notSynced.reason')}></empty-state>`;
    }
    if (!scope.year || !term) {
      return html`<empty-state .heading=${t('schedule:noTerms.heading')}
        .reason=${t('schedule:noTerms.reason', { year: scope.year?.name ?? '' })}></empty-state>`;
    }
    return html`
      <div class="filters">
        <label>
          ${t('schedule:term')}
          <select class="term" @change=${this.handleTermChange}>
            ${scope.terms.map(
              (option) => html`<option value=${option.id} ?selected=${option.id === term.id}>
                ${termOption(option)}
              </option>`,
            )}
          </select>
        </label>
      </div>
      <section class="card stack" aria-labelledby="classes-heading">
        <h2 id="classes-heading">${t('schedule:classes', { term: term.name })}</h2>
        ${rows.length === 0
          ? html`<empty-state .heading=${t('schedule:empty.heading')}
              .reason=${t('schedule:empty.reason', { term: term.name })}></empty-state>`
          : html`<ul class="rows">
              ${rows.map(
                (row) => html`<li>
                  <span class="when">
                    ${row.period === null ? t('schedule:noPeriod') : timeRange(row)}
                  </span>
                  <span class="what">
                    <strong>${row.title}</strong>
                    <span class="detail">${rowDetail(row, 'schedule')}</span>
                    ${meetingDays(row.days)
                      ? html`<span class="days">
                          ${t('schedule:meets', { days: meetingDays(row.days) })}
                        </span>`
                      : nothing}
                  </span>
                </li>`,
              )}
            </ul>`}
      </section>
    `;
  }

  handleTermChange(event: Event) {
    const termId = (event.target as HTMLSelectElement).value;
    setQueryParams({ term: termId });
    this.requestUpdate();
  }
}

function termOption(term: Term): string {
  return `${term.name} (${formatDate(term.startDate, 'short')} – ${formatDate(term.endDate, 'short')})`;
}

customElements.define('schedule-page', SchedulePage);

declare global {
  interface HTMLElementTagNameMap {
    'schedule-page': SchedulePage;
  }
}
