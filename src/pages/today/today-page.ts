import { LitElement, html } from 'lit';
import type { PageContext } from '../../app/page-context.ts';
import { studentName } from '../../app/student-context.ts';
import { I18nController } from '../../i18n/i18n-controller.ts';
import { t } from '../../i18n/i18n.ts';
import { formatDate, formatWeekday } from '../../i18n/format.ts';
import '../../ui/empty-state.ts';
import '../../ui/error-message.ts';
import { toAppError } from '../../data/app-error.ts';
import { LiveQueryController } from '../../ui/live-query-controller.ts';
import { baseStyles } from '../../ui/styles.ts';
import { loadToday } from './today-data.ts';
import {
  attendanceSection,
  dueSection,
  gradesSection,
  scheduleSection,
  scoresSection,
} from './today-sections.ts';
import { todayStyles } from './today-styles.ts';
import '../money/today-money-card.ts';

/** The home page: the selected student's day at a glance, from the device. */
export class TodayPage extends LitElement {
  static override styles = [baseStyles, todayStyles];

  static override properties = { context: { attribute: false } };

  /** Given by the shell: database, student, today's date. */
  declare context: PageContext | undefined;

  #data = new LiveQueryController(
    this,
    async () => {
      const c = this.context;
      if (!c) return undefined;
      return loadToday(c.db, {
        studentId: c.studentId,
        today: c.today,
        enrollmentId: c.enrollmentId,
      });
    },
    () => {
      const c = this.context;
      return [c?.db, c?.studentId, c?.today, c?.enrollmentId];
    },
  );

  constructor() {
    super();
    new I18nController(this);
  }

  override render() {
    const c = this.context;
    if (!c) return null;
    const student = c.session.students.find((s) => s.id === c.studentId);
    const data = this.#data.value;
    const { timeZone } = c.session.district;

    return html`
      <h1>${t('today:heading', { name: student ? studentName(student) : '' })}</h1>
      <p class="date muted">${formatDate(c.today, 'long')}</p>
      ${this.#data.error
        ? html`<error-message .code=${toAppError(this.#data.error).code}></error-message>`
        : null}
      ${!data
        ? html`<p class="loading" role="status">${t('today:loading')}</p>`
        : !data.synced
          ? html`<empty-state .heading=${t('today:notSynced.heading')}
              .reason=${t('today:notSynced.reason')}></empty-state>`
          : html`<div class="grid">
              ${scheduleSection(data, formatWeekday(c.today))}
              ${dueSection(data)} ${scoresSection(data, timeZone)} ${gradesSection(data, timeZone)}
              ${attendanceSection(data)}
              <today-money-card .context=${c}></today-money-card>
            </div>`}
    `;
  }
}

customElements.define('today-page', TodayPage);

declare global {
  interface HTMLElementTagNameMap {
    'today-page': TodayPage;
  }
}
