import { LitElement, html, nothing, type PropertyValues } from 'lit';
import type { PageContext } from '../../app/page-context.ts';
import { formatDate, formatNumber } from '../../i18n/format.ts';
import { I18nController } from '../../i18n/i18n-controller.ts';
import { t } from '../../i18n/i18n.ts';
import '../../ui/empty-state.ts';
import { recordQuery } from '../../ui/record-query.ts';
import { recordHeader } from '../../ui/record-header.ts';
import { LiveQueryController } from '../../ui/live-query-controller.ts';
import { recordStyles } from '../../ui/record-styles.ts';
import { badgeStyles } from '../../ui/score-display.ts';
import { baseStyles } from '../../ui/styles.ts';
import { queryParam, setQueryParams } from '../../ui/url-query.ts';
import { loadCalendar, type CalendarData } from './calendar-data.ts';
import {
  attendanceTab,
  dayTabs,
  dueTab,
  noSchoolNote,
  scheduleTab,
  tabCount,
  type DayTab,
} from './calendar-day.ts';
import {
  clampDay,
  dayForKey,
  monthOf,
  parseDay,
  shiftMonth,
  startingDay,
  yearBounds,
} from './calendar-grid.ts';
import { firstDayOfWeek, legend, monthGridTemplate, monthTitle } from './calendar-month.ts';
import { calendarStyles } from './calendar-styles.ts';

/** A month with the days that have something marked; the chosen day in tabs below. */
export class CalendarPage extends LitElement {
  static override styles = [baseStyles, recordStyles, badgeStyles, calendarStyles];

  static override properties = { context: { attribute: false } };

  /** Given by the shell: database, student, year, enrollment, today. */
  declare context: PageContext | undefined;

  /** The year (from the store) decides the starting day when the address has none. */
  #year = new LiveQueryController(
    this,
    async () => {
      const id = this.context?.schoolYearId;
      return id === undefined ? undefined : ((await this.context?.db.schoolYears.get(id)) ?? null);
    },
    () => [this.context?.db, this.context?.schoolYearId],
  );

  #data = recordQuery(
    this,
    (c) => loadCalendar(c.db, { ...c, day: this.#day }),
    () => [this.#day],
  );

  /** Set by a key or button that moves the day, so focus follows it after rendering. */
  #focus: 'day' | 'tab' | undefined;

  constructor() {
    super();
    new I18nController(this);
  }

  get #day(): string {
    const today = this.context?.today ?? '';
    return startingDay(parseDay(queryParam('date')), today, this.#year.value ?? undefined);
  }

  get #tab(): DayTab {
    const tab = queryParam('tab');
    return dayTabs.find((name) => name === tab) ?? 'assignments';
  }

  override updated(changed: PropertyValues): void {
    super.updated(changed);
    if (this.#focus === 'day') {
      this.renderRoot.querySelector<HTMLElement>('button[tabindex="0"][data-day]')?.focus();
    } else if (this.#focus === 'tab') {
      this.renderRoot.querySelector<HTMLElement>('[role=tab][aria-selected=true]')?.focus();
    }
    this.#focus = undefined;
  }

  override render() {
    const c = this.context;
    if (!c) return null;
    const data = this.#data.value;

    return html`
      ${recordHeader(t('calendar:heading'), c, data?.scope.year?.name, this.#data.error)}
      ${!data
        ? html`<p class="loading" role="status">${t('calendar:loading')}</p>`
        : !data.scope.synced
          ? html`<empty-state .heading=${t('calendar:notSynced.heading')}
              .reason=${t('calendar:notSynced.reason')}></empty-state>`
          : this.#renderCalendar(data, c)}
    `;
  }

  #renderCalendar(data: CalendarData, c: PageContext) {
    const day = this.#day;
    const bounds = data.scope.year ? yearBounds(data.scope.year) : undefined;
    const firstMonth = bounds ? monthOf(day) <= monthOf(bounds[0]) : false;
    const lastMonth = bounds ? monthOf(day) >= monthOf(bounds[1]) : false;
    return html`<div class="layout">
      <section class="card month-card" aria-labelledby="month-heading">
        <div class="month-head">
          <button type="button" class="icon" aria-label=${t('calendar:previousMonth')}
            aria-disabled=${firstMonth ? 'true' : 'false'}
            @click=${() => firstMonth || this.#moveTo(shiftMonth(day, -1), undefined)}>
            <span aria-hidden="true">‹</span>
          </button>
          <h2 id="month-heading" aria-live="polite">${monthTitle(day)}</h2>
          <button type="button" class="icon" aria-label=${t('calendar:nextMonth')}
            aria-disabled=${lastMonth ? 'true' : 'false'}
            @click=${() => lastMonth || this.#moveTo(shiftMonth(day, 1), undefined)}>
            <span aria-hidden="true">›</span>
          </button>
        </div>
        ${monthGridTemplate({
          day,
          today: c.today,
          marks: data.marks,
          onPick: (picked) => this.#moveTo(picked, 'day'),
          onKey: this.handleGridKey,
        })}
        <p id="grid-help" class="visually-hidden">${t('calendar:gridHelp')}</p>
        <div class="under">
          ${legend()}
          ${day !== c.today && clampDay(c.today, data.scope.year) === c.today
            ? html`<button type="button" class="button secondary"
                @click=${() => this.#moveTo(c.today, 'day')}>${t('calendar:goToday')}</button>`
            : nothing}
        </div>
      </section>
      ${this.#renderDay(data, c)}
    </div>`;
  }

  #renderDay(data: CalendarData, c: PageContext) {
    const { detail } = data;
    const tab = this.#tab;
    const panel =
      tab === 'assignments'
        ? dueTab(detail, c.studentId)
        : tab === 'schedule'
          ? scheduleTab(detail)
          : attendanceTab(detail);
    return html`<section class="card day-card" aria-labelledby="day-heading">
      <h2 id="day-heading">${formatDate(detail.day, 'long')}</h2>
      ${noSchoolNote(detail)}
      <div role="tablist" aria-label=${t('calendar:tabs.label')} @keydown=${this.handleTabKey}>
        ${dayTabs.map(
          (name) => html`<button
            type="button"
            role="tab"
            id="tab-${name}"
            aria-selected=${name === tab ? 'true' : 'false'}
            aria-controls="panel"
            tabindex=${name === tab ? '0' : '-1'}
            @click=${() => this.#chooseTab(name, false)}
          >
            ${t(`calendar:tabs.${name}`)}
            <span class="count">${formatNumber(tabCount(detail, name))}</span>
          </button>`,
        )}
      </div>
      <div id="panel" role="tabpanel" aria-labelledby="tab-${tab}" tabindex="0">${panel}</div>
    </section>`;
  }

  #moveTo(day: string, focus: 'day' | undefined) {
    // The calendar shows the picked school year: moves stop at its months.
    setQueryParams({ date: clampDay(day, this.#year.value ?? undefined) });
    this.#focus = focus;
    this.requestUpdate();
  }

  #chooseTab(tab: DayTab, focus: boolean) {
    setQueryParams({ tab: tab === 'assignments' ? null : tab });
    this.#focus = focus ? 'tab' : undefined;
    this.requestUpdate();
  }

  handleGridKey = (event: KeyboardEvent) => {
    const next = dayForKey(this.#day, event.key, event.shiftKey, firstDayOfWeek);
    if (!next) return;
    event.preventDefault();
    this.#moveTo(next, 'day');
  };

  handleTabKey = (event: KeyboardEvent) => {
    const index = dayTabs.indexOf(this.#tab);
    const moves: Record<string, number> = {
      ArrowRight: (index + 1) % dayTabs.length,
      ArrowLeft: (index + dayTabs.length - 1) % dayTabs.length,
      Home: 0,
      End: dayTabs.length - 1,
    };
    const target = dayTabs[moves[event.key] ?? -1];
    if (!target) return;
    event.preventDefault();
    this.#chooseTab(target, true);
  };
}

customElements.define('calendar-page', CalendarPage);

declare global {
  interface HTMLElementTagNameMap {
    'calendar-page': CalendarPage;
  }
}
