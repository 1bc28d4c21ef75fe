import { html, nothing } from 'lit';
import type { RecurringPayment } from '../../api/money.ts';
import { discardEntry } from '../../data/outbox/outbox-store.ts';
import { formatDate } from '../../i18n/format.ts';
import { t } from '../../i18n/i18n.ts';
import '../../ui/empty-state.ts';
import { LiveQueryController } from '../../ui/live-query-controller.ts';
import { recordStyles } from '../../ui/record-styles.ts';
import { baseStyles } from '../../ui/styles.ts';
import { formatMoney } from './money-format.ts';
import { failureMessage, methodLabel } from './money-labels.ts';
import { MoneyPage } from './money-page.ts';
import { loadRecurringPayments, type QueuedRecurring } from './money-queries.ts';
import { moneyStyles } from './money-styles.ts';
import { deleteRecurringPayment } from './money-writes.ts';
import { scheduleLabel, targetLabel } from './recurring-labels.ts';

type Data = Awaited<ReturnType<typeof loadRecurringPayments>>;

/**
 * Recurring Payments: each schedule with its next payments. One whose
 * student's enrollment has ended keeps running (as the product does), so
 * the page warns and puts Delete next to the warning.
 */
export class RecurringPaymentsPage extends MoneyPage {
  static override styles = [baseStyles, recordStyles, moneyStyles];

  #data = new LiveQueryController(
    this,
    async () => (this.context ? loadRecurringPayments(this.context.db) : undefined),
    () => [this.context?.db],
  );

  override render() {
    if (!this.context) return nothing;
    const data = this.#data.value;
    return html`
      <h1>${t('money:recurring.heading')}</h1>
      <div class="actions">
        <a class="button" href="/recurring-payments/new">${t('money:recurring.new')}</a>
      </div>
      ${
        !data
          ? this.loadingNote(this.#data.error)
          : data.queued.length === 0 && data.recurringPayments.length === 0
            ? html`<empty-state
                .heading=${t('money:recurring.empty.heading')}
                .reason=${t('money:recurring.empty.reason')}
              ></empty-state>`
            : html`<ul class="items">
                ${data.queued.map((queued) => this.#renderQueued(queued, data))}
                ${data.recurringPayments.map((payment) => this.#renderPayment(payment, data))}
              </ul>`
      }
    `;
  }

  #renderQueued({ entry, body }: QueuedRecurring, data: Data) {
    const failed = entry.state === 'failed';
    const what = body
      ? targetLabel(this.context?.session, body, data.fees, data.accounts)
      : t(
          `money:recurring.pendingKind.${entry.kind === 'recurring-payment.delete' ? 'delete' : 'update'}`,
        );
    return html`<li class="card item" data-outbox-key=${entry.key} data-state=${entry.state}>
      <span class="badge ${entry.state}">
        ${failed ? t('money:outbox.failed') : t('money:outbox.waiting')}</span
      >
      <strong>${what}</strong>
      ${
        failed
          ? html`<p class="failure" role="alert">
                ${t('money:outbox.notSent', { reason: failureMessage(entry.failure) })}
              </p>
              <div class="actions">
                <button class="button secondary discard" @click=${() => this.#discard(entry.key)}>
                  ${t('money:outbox.discard')}
                </button>
              </div>`
          : html`<p class="muted">${t('money:outbox.waitingHint')}</p>`
      }
    </li>`;
  }

  #renderPayment(payment: RecurringPayment, data: Data) {
    const method = data.paymentMethods.find((m) => m.id === payment.paymentMethodId);
    const next = payment.upcoming[0];
    const period = payment.endDate
      ? t('money:recurring.period', {
          start: formatDate(payment.startDate),
          end: formatDate(payment.endDate),
        })
      : t('money:recurring.from', { start: formatDate(payment.startDate) });
    return html`<li class="card item" data-recurring-id=${payment.id} data-status=${payment.status}>
      <strong>${targetLabel(this.context?.session, payment, data.fees, data.accounts)}</strong>
      <p>${scheduleLabel(payment)}</p>
      <p class="detail">${period}${method ? ` · ${methodLabel(method)}` : ''}</p>
      ${
        payment.status === 'ended'
          ? html`<span class="badge">${t('money:recurring.ended')}</span>`
          : next
            ? html`<p class="detail">
                ${t('money:recurring.next', {
                  date: formatDate(next.date),
                  amount: formatMoney(next.amountCents),
                })}
              </p>`
            : nothing
      }
      ${
        payment.enrollmentEnded && payment.status === 'active'
          ? html`<p class="warning-box enrollment-ended" role="alert">
              ${t('money:recurring.enrollmentEnded')}
            </p>`
          : nothing
      }
      <div class="actions">
        <a class="button secondary" href="/recurring-payments/${payment.id}"
          >${t('money:recurring.edit')}</a
        >
        ${
          payment.createdByMe
            ? html`<button
                class="button ${payment.enrollmentEnded ? '' : 'secondary'} delete"
                @click=${() => this.#delete(payment.id)}
              >
                ${t('money:recurring.delete')}
              </button>`
            : html`<p class="detail">${t('money:recurring.notCreator')}</p>`
        }
      </div>
    </li>`;
  }

  async #delete(id: number) {
    const db = this.context?.db;
    if (!db || !window.confirm(t('money:recurring.confirmDelete'))) return;
    await deleteRecurringPayment(db, id);
  }

  async #discard(key: string) {
    const db = this.context?.db;
    if (db) await discardEntry(db, key);
  }
}

customElements.define('recurring-payments-page', RecurringPaymentsPage);

declare global {
  interface HTMLElementTagNameMap {
    'recurring-payments-page': RecurringPaymentsPage;
  }
}
