import { LitElement, html, nothing } from 'lit';
import type { PageContext } from '../../app/page-context.ts';
import { formatDate, formatNumber } from '../../i18n/format.ts';
import { I18nController } from '../../i18n/i18n-controller.ts';
import { t } from '../../i18n/i18n.ts';
import '../../ui/empty-state.ts';
import { recordHeader } from '../../ui/record-header.ts';
import { recordQuery } from '../../ui/record-query.ts';
import { recordStyles } from '../../ui/record-styles.ts';
import { badgeStyles } from '../../ui/score-display.ts';
import { baseStyles } from '../../ui/styles.ts';
import { setQueryParams } from '../../ui/url-query.ts';
import {
  courseOptions,
  filterAssignments,
  loadAssignments,
  parseFilter,
  type AssignmentFilter,
  type AssignmentRow,
  type AssignmentsData,
} from './assignments-data.ts';
import { badges, scoreCell } from './assignment-labels.ts';
import { assignmentsStyles } from './assignments-styles.ts';

/** Every assignment of the student's courses this year, with scores and flags. */
export class AssignmentsPage extends LitElement {
  static override styles = [baseStyles, recordStyles, badgeStyles, assignmentsStyles];

  static override properties = { context: { attribute: false } };

  /** Given by the shell: database, student, year, enrollment, today. */
  declare context: PageContext | undefined;

  #data = recordQuery(this, (c) => loadAssignments(c.db, c));

  constructor() {
    super();
    new I18nController(this);
  }

  get #filter(): AssignmentFilter {
    return parseFilter(new URL(window.location.href).searchParams);
  }

  override render() {
    const c = this.context;
    if (!c) return null;
    const data = this.#data.value;

    return html`
      ${recordHeader(t('assignments:heading'), c, data?.scope.year?.name, this.#data.error)}
      ${!data ? html`<p class="loading" role="status">${t('assignments:loading')}</p>` : this.#renderBody(data)}
    `;
  }

  #renderBody(data: AssignmentsData) {
    if (!data.scope.synced) {
      return html`<empty-state .heading=${t('assignments:notSynced.heading')}
        .reason=${t('assignments:notSynced.reason')}></empty-state>`;
    }
    if (data.scope.sections.length === 0) {
      return html`<empty-state .heading=${t('assignments:noClasses.heading')}
        .reason=${t('assignments:noClasses.reason', { year: data.scope.year?.name ?? '' })}>
      </empty-state>`;
    }
    if (data.rows.length === 0) {
      const { school, year } = data.scope;
      const over = !!year && year.endDate < (this.context?.today ?? '');
      const reason =
        school && !school.usesGradebook
          ? t('assignments:empty.noGradebook', { school: school.name })
          : t(over ? 'assignments:empty.pastYear' : 'assignments:empty.reason', {
              year: year?.name ?? '',
            });
      return html`<div class="stack">
        <empty-state .heading=${t('assignments:empty.heading')} .reason=${reason}></empty-state>
      </div>`;
    }
    const asked = this.#filter;
    // A course of another year (the year picked since) no longer narrows the list.
    const known = data.scope.sections.some((s) => s.section.id === asked.sectionId);
    const filter = { ...asked, sectionId: known ? asked.sectionId : null };
    const shown = filterAssignments(data.rows, filter);
    return html`
      ${this.#renderFilters(data, filter)}
      <p class="count muted" role="status">
        ${t('assignments:count', {
          shown: formatNumber(shown.length),
          total: formatNumber(data.rows.length),
        })}
      </p>
      <section class="card stack" aria-label=${t('assignments:listLabel')}>
        ${shown.length === 0 ? this.#renderEmpty(filter) : this.#renderList(shown)}
      </section>
    `;
  }

  #renderFilters(data: AssignmentsData, filter: AssignmentFilter) {
    return html`<div class="filters">
      <label>
        ${t('assignments:filters.course')}
        <select name="course" @change=${this.handleFilterChange}>
          <option value="" ?selected=${filter.sectionId === null}>
            ${t('assignments:filters.allCourses')}
          </option>
          ${courseOptions(data.scope.sections).map(
            (option) => html`<option value=${option.sectionId}
              ?selected=${option.sectionId === filter.sectionId}>
              ${option.term ? `${option.title} (${option.term})` : option.title}
            </option>`,
          )}
        </select>
      </label>
      <label>
        ${t('assignments:filters.show')}
        <select name="show" @change=${this.handleFilterChange}>
          ${(['all', 'missing', 'late'] as const).map(
            (show) => html`<option value=${show === 'all' ? '' : show}
              ?selected=${filter.show === show}>${t(`assignments:filters.${show}`)}</option>`,
          )}
        </select>
      </label>
    </div>`;
  }

  #renderEmpty(filter: AssignmentFilter) {
    const reason =
      filter.show === 'all'
        ? t('assignments:filtered.noneInCourse')
        : t(`assignments:filtered.${filter.show}`);
    return html`<empty-state .heading=${t('assignments:filtered.heading')} .reason=${reason}>
      <a href=${this.#listPath()}>${t('assignments:filtered.showAll')}</a>
    </empty-state>`;
  }

  #renderList(rows: AssignmentRow[]) {
    const search = window.location.search;
    return html`<ul class="rows">
      ${rows.map(
        ({ assignment, score, section }) => html`<li>
          <span class="what">
            <a class="title" href="${this.#listPath()}/${assignment.id}${search}">
              ${assignment.title}
            </a>
            <span class="detail">
              ${[
                section.title,
                assignment.dueDate
                  ? t('assignments:due', { date: formatDate(assignment.dueDate, 'short') })
                  : t('assignments:noDueDate'),
              ].join(' · ')}
            </span>
            ${badges(score)}
          </span>
          ${scoreCell(
            score,
            assignment.pointsPossible,
            !!assignment.dueDate && assignment.dueDate > (this.context?.today ?? ''),
          )}
        </li>`,
      )}
    </ul>`;
  }

  #listPath(): string {
    return `/students/${this.context?.studentId ?? ''}/assignments`;
  }

  handleFilterChange(event: Event) {
    const select = event.target as HTMLSelectElement;
    setQueryParams({ [select.name]: select.value });
    this.requestUpdate();
  }
}

customElements.define('assignments-page', AssignmentsPage);

declare global {
  interface HTMLElementTagNameMap {
    'assignments-page': AssignmentsPage;
  }
}
