import { LitElement, html, nothing } from 'lit';
import type { AbsenceRequest } from '../../api/absences.ts';
import type { PageContext } from '../../app/page-context.ts';
import { discardEntry } from '../../data/outbox/outbox-store.ts';
import { I18nController } from '../../i18n/i18n-controller.ts';
import { t } from '../../i18n/i18n.ts';
import '../../ui/empty-state.ts';
import { LiveQueryController } from '../../ui/live-query-controller.ts';
import { recordStyles } from '../../ui/record-styles.ts';
import { baseStyles } from '../../ui/styles.ts';
import { failureMessage, kindLabel, studentNames, whenLabel } from './absence-labels.ts';
import {
  loadAbsenceList,
  refreshAbsenceRequests,
  refreshExcuses,
  type QueuedRequest,
} from './absences-data.ts';
import { absencesStyles } from './absences-styles.ts';

/**
 * View Requests: the guardian's absence requests with their status, and
 * those still on the device (waiting to send, or refused and waiting for
 * an edit or a discard). Works offline from what was saved.
 */
export class AbsenceRequestsPage extends LitElement {
  static override styles = [baseStyles, recordStyles, absencesStyles];

  static override properties = { context: { attribute: false } };

  declare context: PageContext | undefined;

  #list = new LiveQueryController(
    this,
    async () => (this.context ? loadAbsenceList(this.context.db) : undefined),
    () => [this.context?.db],
  );

  constructor() {
    super();
    new I18nController(this);
  }

  override connectedCallback(): void {
    super.connectedCallback();
    void this.updateComplete.then(() => this.#refresh());
  }

  async #refresh(): Promise<void> {
    const db = this.context?.db;
    if (!db) return;
    // Offline or refused: the saved list stays on screen.
    await Promise.allSettled([refreshAbsenceRequests(db), refreshExcuses(db)]);
  }

  override render() {
    const list = this.#list.value;
    return html`
      <h1>${t('absences:list.heading')}</h1>
      <div class="actions">
        <a class="button" href="/absence-requests/new">${t('absences:list.new')}</a>
      </div>
      <h2 class="visually-hidden">${t('absences:list.viewRequests')}</h2>
      ${!list
        ? html`<p role="status">${t('absences:list.loading')}</p>`
        : list.queued.length === 0 && list.requests.length === 0
          ? html`<empty-state .heading=${t('absences:list.empty.heading')}
              .reason=${t('absences:list.empty.reason')}></empty-state>`
          : html`<ul class="requests">
              ${list.queued.map((queued) => this.#renderQueued(queued))}
              ${list.requests.map((request) =>
                this.#renderRequest(request, (list.cancelling.get(request.id)?.state ?? 'failed') !== 'failed'),
              )}
            </ul>`}
    `;
  }

  #renderQueued({ entry, body }: QueuedRequest) {
    const session = this.context?.session;
    const failed = entry.state === 'failed';
    return html`<li class="card request" data-outbox-key=${entry.key} data-state=${entry.state}>
      <span class="badge ${entry.state}">
        ${failed ? t('absences:outbox.failed') : t('absences:outbox.waiting')}
      </span>
      <p><strong>${session ? studentNames(session, body.studentIds) : ''}</strong></p>
      <p>${kindLabel(body.kind)} · ${whenLabel(body)}</p>
      ${failed
        ? html`<p class="failure" role="alert">
              ${t('absences:outbox.notSent', { reason: failureMessage(entry.failure) })}
            </p>
            <div class="actions">
              <a class="button secondary" href="/absence-requests/new?edit=${entry.key}">
                ${t('absences:outbox.edit')}
              </a>
              <button class="button secondary discard" @click=${() => this.#discard(entry.key)}>
                ${t('absences:outbox.discard')}
              </button>
            </div>`
        : html`<p class="muted">${t('absences:outbox.waitingHint')}</p>`}
    </li>`;
  }

  #renderRequest(request: AbsenceRequest, cancelling: boolean) {
    const session = this.context?.session;
    const ids = request.students.map((s) => s.studentId);
    return html`<li class="card request" data-request-id=${request.id} data-status=${request.status}>
      <span class="badge ${request.status}">${t(`absences:status.${request.status}`)}</span>
      <p>
        <a href="/absence-requests/${request.id}">${session ? studentNames(session, ids) : ''}</a>
      </p>
      <p>${kindLabel(request.kind)} · ${whenLabel(request)} · ${request.excuse.name}</p>
      ${cancelling ? html`<p class="muted">${t('absences:detail.cancelWaiting')}</p>` : nothing}
    </li>`;
  }

  async #discard(key: string): Promise<void> {
    const db = this.context?.db;
    if (db) await discardEntry(db, key);
  }
}

customElements.define('absence-requests-page', AbsenceRequestsPage);

declare global {
  interface HTMLElementTagNameMap {
    'absence-requests-page': AbsenceRequestsPage;
  }
}
