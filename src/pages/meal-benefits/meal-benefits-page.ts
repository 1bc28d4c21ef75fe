import { LitElement, css, html, nothing } from 'lit';
import type { MealApplication } from '../../api/meal-benefits.ts';
import type { PageContext } from '../../app/page-context.ts';
import { discardEntry } from '../../data/outbox/outbox-store.ts';
import { formatInstantDate } from '../../i18n/format.ts';
import { I18nController } from '../../i18n/i18n-controller.ts';
import { t } from '../../i18n/i18n.ts';
import { LiveQueryController } from '../../ui/live-query-controller.ts';
import { recordStyles } from '../../ui/record-styles.ts';
import { baseStyles } from '../../ui/styles.ts';
import { absencesStyles } from '../absence-requests/absences-styles.ts';
import { failureMessage } from '../absence-requests/absence-labels.ts';
import './meal-application-form.ts';
import {
  discardDraft,
  freshDraft,
  saveDraft,
  toRequestBody,
  type MealDraft,
} from './meal-draft.ts';
import type { OutboxEntry } from '../../data/outbox/outbox-entry.ts';
import {
  editRefused,
  loadMealPage,
  refreshMealApplications,
  submitApplication,
  type QueuedApplication,
} from './meals-data.ts';

/**
 * More > Meal Benefits: the guardian's applications with their status
 * (also those waiting on the device to be sent), and the application
 * form, whose draft lives in Dexie until it is sent.
 */
export class MealBenefitsPage extends LitElement {
  static override styles = [
    baseStyles,
    recordStyles,
    absencesStyles,
    css`
      section { margin-top: 1.5rem; }
      .discard-draft { margin-top: 2rem; padding-top: 1rem;
        border-top: 1px solid var(--portal-border, #d6dae1); }
    `,
  ];

  static override properties = { context: { attribute: false } };

  declare context: PageContext | undefined;

  #data = new LiveQueryController(
    this,
    async () => (this.context ? loadMealPage(this.context.db) : undefined),
    () => [this.context?.db],
  );

  constructor() {
    super();
    new I18nController(this);
  }

  override connectedCallback(): void {
    super.connectedCallback();
    // Offline or refused: the saved list stays on screen.
    void this.updateComplete.then(() =>
      this.context ? refreshMealApplications(this.context.db).catch(() => undefined) : undefined,
    );
  }

  override render() {
    const data = this.#data.value;
    const c = this.context;
    if (!data || !c) return html`<p role="status">${t('meals:loading')}</p>`;
    const { draft, queued, applications } = data;
    return html`
      <h1>${t('meals:heading')}</h1>
      <p class="lede muted">${t('meals:lede')}</p>
      ${queued.length + applications.length > 0
        ? html`<section aria-labelledby="applications-heading">
            <h2 id="applications-heading">${t('meals:list.heading')}</h2>
            <ul class="requests">
              ${queued.map((q) => this.#renderQueued(q))}
              ${applications.map((a) => this.#renderApplication(a, c.session.district.timeZone))}
            </ul>
          </section>`
        : nothing}
      <section aria-labelledby="form-heading">
        <h2 id="form-heading" class=${draft ? 'visually-hidden' : ''}>
          ${t('meals:form.heading')}
        </h2>
        ${draft
          ? html`<meal-application-form .draft=${draft} @portal-meal-draft=${this.#onDraft}
                @portal-meal-submit=${this.#onSubmit}></meal-application-form>
              <div class="actions discard-draft">
                <button type="button" class="button secondary discard" @click=${this.#discardDraft}>
                  ${t('meals:form.discard')}
                </button>
              </div>`
          : html`<p>${t('meals:form.intro')}</p>
              <button type="button" class="button" @click=${this.#start}>
                ${t('meals:form.start')}
              </button>`}
      </section>
    `;
  }

  #renderQueued({ entry, body }: QueuedApplication) {
    const failed = entry.state === 'failed';
    return html`<li class="card request" data-outbox-key=${entry.key} data-state=${entry.state}>
      <span class="badge ${entry.state}">
        ${failed ? t('meals:outbox.failed') : t('meals:outbox.waiting')}
      </span>
      <p><strong>${body.members.map((m) => m.name).join(', ')}</strong></p>
      ${failed
        ? html`<p class="failure" role="alert">
              ${t('meals:outbox.notSent', { reason: failureMessage(entry.failure) })}
            </p>
            <div class="actions">
              <button class="button secondary edit" @click=${() => this.#edit(entry)}>
                ${t('meals:outbox.edit')}
              </button>
              <button class="button secondary" @click=${() => this.#discardEntry(entry.key)}>
                ${t('meals:outbox.discard')}
              </button>
            </div>`
        : html`<p class="muted">${t('meals:outbox.waitingHint')}</p>`}
    </li>`;
  }

  #renderApplication(application: MealApplication, timeZone: string) {
    return html`<li class="card request" data-application-id=${application.id}
      data-status=${application.status}>
      <span class="badge ${application.status}">${t(`meals:status.${application.status}`)}</span>
      <p><strong>${application.members.map((m) => m.name).join(', ')}</strong></p>
      <p class="muted">
        ${t('meals:list.submitted', {
          date: formatInstantDate(application.createdAt, timeZone),
        })}
      </p>
      ${application.staffNote
        ? html`<p>${t('meals:list.note', { note: application.staffNote })}</p>`
        : nothing}
    </li>`;
  }

  #start = async () => {
    const c = this.context;
    if (!c) return;
    await saveDraft(c.db, freshDraft(c.session));
    await this.updateComplete;
    this.renderRoot.querySelector('meal-application-form')?.focus();
  };

  #onDraft = (event: CustomEvent<MealDraft>) => {
    if (this.context) void saveDraft(this.context.db, event.detail);
  };

  #onSubmit = async (event: CustomEvent<MealDraft>) => {
    const c = this.context;
    if (!c) return;
    await submitApplication(c.db, toRequestBody(event.detail));
    await this.updateComplete;
    this.renderRoot.querySelector<HTMLElement>('#applications-heading')?.focus();
  };

  #discardDraft = async () => {
    if (this.context) await discardDraft(this.context.db);
  };

  async #edit(entry: OutboxEntry): Promise<void> {
    const c = this.context;
    if (!c) return;
    const data = this.#data.value;
    if (data?.draft && !window.confirm(t('meals:outbox.replaceDraft'))) return;
    await editRefused(c.db, entry);
    await this.updateComplete;
    this.renderRoot.querySelector('meal-application-form')?.scrollIntoView();
  }

  async #discardEntry(key: string): Promise<void> {
    if (this.context) await discardEntry(this.context.db, key);
  }
}

customElements.define('meal-benefits-page', MealBenefitsPage);

declare global {
  interface HTMLElementTagNameMap {
    'meal-benefits-page': MealBenefitsPage;
  }
}
