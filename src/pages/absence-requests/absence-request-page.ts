import { LitElement, html, nothing } from 'lit';
import type { AbsenceRequest } from '../../api/absences.ts';
import type { PageContext } from '../../app/page-context.ts';
import { formatInstant } from '../../i18n/format.ts';
import { I18nController } from '../../i18n/i18n-controller.ts';
import { t } from '../../i18n/i18n.ts';
import '../../ui/empty-state.ts';
import { LiveQueryController } from '../../ui/live-query-controller.ts';
import { recordStyles } from '../../ui/record-styles.ts';
import { baseStyles } from '../../ui/styles.ts';
import type { OutboxEntry } from '../../data/outbox/outbox-entry.ts';
import { discardEntry } from '../../data/outbox/outbox-store.ts';
import { failureMessage, kindLabel, studentNames, whenLabel } from './absence-labels.ts';
import { cancelAbsenceRequest, loadAbsenceList, refreshAbsenceRequests } from './absences-data.ts';
import { absencesStyles } from './absences-styles.ts';

/** One request: what was asked, its status and history; cancel while submitted. */
export class AbsenceRequestPage extends LitElement {
  static override styles = [baseStyles, recordStyles, absencesStyles];

  static override properties = { context: { attribute: false } };

  declare context: PageContext | undefined;

  #data = new LiveQueryController(
    this,
    async () => {
      const c = this.context;
      if (!c) return undefined;
      const id = Number(c.params.id);
      const list = await loadAbsenceList(c.db);
      return {
        request: list.requests.find((r) => r.id === id),
        cancelling: list.cancelling.get(id),
      };
    },
    () => [this.context?.db, this.context?.params.id],
  );

  constructor() {
    super();
    new I18nController(this);
  }

  override connectedCallback(): void {
    super.connectedCallback();
    void this.updateComplete.then(() =>
      this.context ? refreshAbsenceRequests(this.context.db).catch(() => undefined) : undefined,
    );
  }

  override render() {
    const c = this.context;
    const data = this.#data.value;
    if (!c || !data) return html`<p role="status">${t('absences:list.loading')}</p>`;
    const back = html`<p><a href="/absence-requests">${t('absences:detail.back')}</a></p>`;
    if (!data.request) {
      return html`${back}<empty-state .heading=${t('absences:detail.missing.heading')}
        .reason=${t('absences:detail.missing.reason')}></empty-state>`;
    }
    return html`${back}${this.#renderRequest(c, data.request, data.cancelling)}`;
  }

  #renderRequest(c: PageContext, request: AbsenceRequest, cancelling: OutboxEntry | undefined) {
    const zone = c.session.district.timeZone;
    return html`
      <h1>${t('absences:detail.heading')}</h1>
      <span class="badge ${request.status}">${t(`absences:status.${request.status}`)}</span>
      <dl>
        <dt>${t('absences:form.students')}</dt>
        <dd>${studentNames(c.session, request.students.map((s) => s.studentId))}</dd>
        <dt>${t('absences:form.type')}</dt>
        <dd>${kindLabel(request.kind)}</dd>
        <dt>${t('absences:detail.when')}</dt>
        <dd>${whenLabel(request)}</dd>
        <dt>${t('absences:form.excuse')}</dt>
        <dd>${request.excuse.name}</dd>
        <dt>${t('absences:detail.comment')}</dt>
        <dd>${request.comment ?? '—'}</dd>
        ${request.staffNote
          ? html`<dt>${t('absences:detail.staffNote')}</dt><dd>${request.staffNote}</dd>`
          : nothing}
      </dl>
      <h2>${t('absences:detail.history')}</h2>
      <ul>
        ${request.history.map(
          (change) => html`<li>
            ${formatInstant(change.at, zone)} · ${t(`absences:status.${change.status}`)}
            (${t(`absences:detail.by.${change.by}`)})${change.note ? html` — ${change.note}` : nothing}
          </li>`,
        )}
      </ul>
      ${cancelling?.state === 'failed'
        ? html`<p class="failure" role="alert">
              ${t('absences:outbox.notSent', { reason: failureMessage(cancelling.failure) })}
            </p>
            <div class="actions">
              <button class="button secondary discard" @click=${() => this.#discard(cancelling.key)}>
                ${t('absences:outbox.discard')}
              </button>
            </div>`
        : cancelling
        ? html`<p class="muted" role="status">${t('absences:detail.cancelWaiting')}</p>`
        : request.status === 'submitted'
          ? html`<div class="actions">
              <button class="button secondary" @click=${() => this.#cancel(request.id)}>
                ${t('absences:detail.cancel')}
              </button>
            </div>`
          : nothing}
    `;
  }

  async #discard(key: string): Promise<void> {
    if (this.context) await discardEntry(this.context.db, key);
  }

  async #cancel(id: number): Promise<void> {
    if (!this.context || !confirm(t('absences:detail.cancelConfirm'))) return;
    await cancelAbsenceRequest(this.context.db, id);
  }
}

customElements.define('absence-request-page', AbsenceRequestPage);

declare global {
  interface HTMLElementTagNameMap {
    'absence-request-page': AbsenceRequestPage;
  }
}
