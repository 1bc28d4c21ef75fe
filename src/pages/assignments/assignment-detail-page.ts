import { LitElement, html, nothing } from 'lit';
import type { PageContext } from '../../app/page-context.ts';
import { toAppError } from '../../data/app-error.ts';
import { formatDate, formatInstant, formatNumber } from '../../i18n/format.ts';
import { I18nController } from '../../i18n/i18n-controller.ts';
import { t } from '../../i18n/i18n.ts';
import '../../ui/empty-state.ts';
import '../../ui/error-message.ts';
import { LiveQueryController } from '../../ui/live-query-controller.ts';
import { recordStyles } from '../../ui/record-styles.ts';
import { badgeStyles } from '../../ui/score-display.ts';
import { baseStyles } from '../../ui/styles.ts';
import { loadAssignment, type AssignmentDetail } from './assignments-data.ts';
import { badges, scoreCell } from './assignment-labels.ts';
import { assignmentsStyles } from './assignments-styles.ts';

/** One assignment: its dates, category, total points, score, flags and comments. */
export class AssignmentDetailPage extends LitElement {
  static override styles = [baseStyles, recordStyles, badgeStyles, assignmentsStyles];

  static override properties = { context: { attribute: false } };

  /** Given by the shell; `params.assignmentId` names the assignment. */
  declare context: PageContext | undefined;

  #data = new LiveQueryController(
    this,
    async () => {
      const c = this.context;
      if (!c) return undefined;
      return loadAssignment(c.db, {
        studentId: c.studentId,
        assignmentId: Number(c.params.assignmentId),
      });
    },
    () => [this.context?.db, this.context?.studentId, this.context?.params.assignmentId],
  );

  constructor() {
    super();
    new I18nController(this);
  }

  override render() {
    const c = this.context;
    if (!c) return null;
    const data = this.#data.value;
    // Back to the list with the filters it had: the detail's address carries them.
    const back = `/students/${c.studentId}/assignments${window.location.search}`;

    return html`
      <a class="back" href=${back}>${t('assignments:detail.back')}</a>
      ${this.#data.error
        ? html`<error-message .code=${toAppError(this.#data.error).code}></error-message>`
        : nothing}
      ${!data
        ? html`<h1>${t('assignments:detail.heading')}</h1>
            <p class="loading" role="status">${t('assignments:loading')}</p>`
        : this.#renderBody(data, c.session.district.timeZone)}
    `;
  }

  #renderBody(data: AssignmentDetail, timeZone: string) {
    if (!data.row) {
      return html`<h1>${t('assignments:detail.heading')}</h1>
        <empty-state .heading=${t('assignments:detail.missing.heading')}
          .reason=${data.synced
            ? t('assignments:detail.missing.reason')
            : t('assignments:notSynced.reason')}></empty-state>`;
    }
    const { assignment, score, section } = data.row;
    const date = (value: string | null) => (value ? formatDate(value, 'long') : '—');
    const entries: [string, unknown][] = [
      [t('assignments:detail.course'), section.title],
      [t('assignments:detail.teacher'), section.teachers.join(', ') || '—'],
      [t('assignments:detail.assigned'), date(assignment.assignedDate)],
      [t('assignments:detail.due'), date(assignment.dueDate)],
      [t('assignments:detail.category'), assignment.category ?? '—'],
      [t('assignments:detail.gradingPeriod'), data.gradingPeriod?.name ?? '—'],
      [
        t('assignments:detail.totalPoints'),
        assignment.pointsPossible === null ? '—' : formatNumber(assignment.pointsPossible),
      ],
      [t('assignments:detail.score'), scoreCell(score, assignment.pointsPossible)],
      [
        t('assignments:detail.scoredAt'),
        score?.scoredAt ? formatInstant(score.scoredAt, timeZone) : '—',
      ],
    ];
    return html`
      <h1>${assignment.title}</h1>
      <p class="lede">${badges(score)}</p>
      <section class="card stack" aria-labelledby="facts-heading">
        <h2 id="facts-heading" class="visually-hidden">${t('assignments:detail.facts')}</h2>
        <dl>
          ${entries.map(([term, value]) => html`<dt>${term}</dt><dd>${value}</dd>`)}
        </dl>
      </section>
      <section class="card stack" aria-labelledby="comments-heading">
        <h2 id="comments-heading">${t('assignments:detail.comments')}</h2>
        ${score?.comment
          ? html`<p class="comment">${score.comment}</p>`
          : html`<p class="muted">${t('assignments:detail.noComment')}</p>`}
        ${assignment.description
          ? html`<h3>${t('assignments:detail.description')}</h3>
              <p class="comment">${assignment.description}</p>`
          : nothing}
      </section>
    `;
  }
}

customElements.define('assignment-detail-page', AssignmentDetailPage);

declare global {
  interface HTMLElementTagNameMap {
    'assignment-detail-page': AssignmentDetailPage;
  }
}
