import { LitElement, html, nothing } from 'lit';
import type { PageContext } from '../../app/page-context.ts';
import { formatDate, formatPercent, todayIn } from '../../i18n/format.ts';
import { I18nController } from '../../i18n/i18n-controller.ts';
import { t } from '../../i18n/i18n.ts';
import '../../ui/empty-state.ts';
import { recordHeader } from '../../ui/record-header.ts';
import { recordQuery } from '../../ui/record-query.ts';
import { recordStyles } from '../../ui/record-styles.ts';
import { badgeStyles } from '../../ui/score-display.ts';
import { baseStyles } from '../../ui/styles.ts';
import { covers } from '../../ui/year-scope.ts';
import { loadGrades, type GradeRow, type GradesData, type TermGroup } from './grades-data.ts';
import { gradesStyles } from './grades-styles.ts';

/** In-progress grades from the gradebook and posted grades with comments, by term. */
export class GradesPage extends LitElement {
  static override styles = [baseStyles, recordStyles, badgeStyles, gradesStyles];

  static override properties = { context: { attribute: false } };

  /** Given by the shell: database, student, year, enrollment, today. */
  declare context: PageContext | undefined;

  #data = recordQuery(this, (c) => loadGrades(c.db, c));

  constructor() {
    super();
    new I18nController(this);
  }

  override render() {
    const c = this.context;
    if (!c) return null;
    const data = this.#data.value;

    return html`
      ${recordHeader(t('grades:heading'), c, data?.scope.year?.name, this.#data.error)}
      ${!data ? html`<p class="loading" role="status">${t('grades:loading')}</p>` : this.#renderBody(data, c.today)}
    `;
  }

  #renderBody(data: GradesData, today: string) {
    if (!data.scope.synced) {
      return html`<empty-state .heading=${t('grades:notSynced.heading')}
        .reason=${t('grades:notSynced.reason')}></empty-state>`;
    }
    const year = data.scope.year?.name ?? '';
    const note = data.usesGradebook
      ? nothing
      : html`<p class="note">${t('grades:noGradebook', { school: data.scope.school?.name ?? '' })}</p>`;
    if (data.groups.length === 0) {
      const reason = data.scope.sections.length === 0
        ? t('grades:empty.noClasses', { year })
        : data.usesGradebook
          ? t('grades:empty.gradebook', { year })
          : t('grades:empty.posted', { year });
      return html`${note}<div class="stack">
        <empty-state .heading=${t('grades:empty.heading')} .reason=${reason}></empty-state>
      </div>`;
    }
    return html`${note}
      <div class="stack">${data.groups.map((group, index) => this.#renderTerm(group, index, today))}</div>`;
  }

  #renderTerm(group: TermGroup, index: number, today: string) {
    const { term } = group;
    const current = term ? covers(term.startDate, term.endDate, today) : false;
    return html`<section class="card" aria-labelledby="term-${index}">
      <div class="term-head">
        <h2 id="term-${index}">${term?.name ?? t('grades:otherTerm')}</h2>
        ${term
          ? html`<span class="detail">
              ${formatDate(term.startDate, 'short')} – ${formatDate(term.endDate, 'medium')}
            </span>`
          : nothing}
        ${current ? html`<span class="badge info">${t('grades:currentTerm')}</span>` : nothing}
      </div>
      ${group.periods.map(
        ({ period, rows }) => html`
          <h3>
            ${period?.name ?? t('grades:termGrades')}
            ${period
              ? html`<span class="detail">
                  ${formatDate(period.startDate, 'short')} – ${formatDate(period.endDate, 'short')}
                </span>`
              : nothing}
          </h3>
          <ul class="rows">${rows.map((row) => this.#renderGrade(row))}</ul>
        `,
      )}
    </section>`;
  }

  #renderGrade({ grade, section }: GradeRow) {
    const status =
      grade.status === 'in_progress'
        ? html`<span class="badge warn">${t('grades:inProgress')}</span>`
        : html`<span class="badge good">
            ${grade.postedAt
              ? t('grades:postedOn', { date: formatDate(this.#localDate(grade.postedAt), 'short') })
              : t('grades:posted')}
          </span>`;
    const main = grade.mark ?? (grade.percent !== null ? formatPercent(grade.percent) : '—');
    return html`<li>
      <span class="what">
        <strong>${section.title}</strong>
        <span class="detail">${[grade.task, section.teachers.join(', ')].filter(Boolean).join(' · ')}</span>
        <span>${status}</span>
      </span>
      <span class="mark">
        ${main}
        ${grade.mark && grade.percent !== null
          ? html`<span class="percent">${formatPercent(grade.percent)}</span>`
          : nothing}
      </span>
      ${grade.comment
        ? html`<p class="comment">
            <span class="visually-hidden">${t('grades:comment')}: </span>${grade.comment}
          </p>`
        : nothing}
    </li>`;
  }

  /** The school's calendar date of an instant: a grade posted at 8 pm is posted that day. */
  #localDate(instant: string): string {
    const timeZone = this.context?.session.district.timeZone ?? 'UTC';
    return todayIn(timeZone, new Date(instant));
  }
}

customElements.define('grades-page', GradesPage);

declare global {
  interface HTMLElementTagNameMap {
    'grades-page': GradesPage;
  }
}
