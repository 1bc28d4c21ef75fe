import { html, nothing } from 'lit';
import type { Payment } from '../../api/money.ts';
import { t } from '../../i18n/i18n.ts';
import '../../ui/empty-state.ts';
import { LiveQueryController } from '../../ui/live-query-controller.ts';
import { recordStyles } from '../../ui/record-styles.ts';
import { baseStyles } from '../../ui/styles.ts';
import { formatMoment, formatMoney } from './money-format.ts';
import { lineLabel, methodLabel, paymentStatus } from './money-labels.ts';
import { MoneyPage } from './money-page.ts';
import { loadPayments } from './money-queries.ts';
import { moneyStyles } from './money-styles.ts';

/** Payment History: every payment, newest first, each opening its receipt. */
export class PaymentHistoryPage extends MoneyPage {
  static override styles = [baseStyles, recordStyles, moneyStyles];

  #data = new LiveQueryController(
    this,
    async () => (this.context ? loadPayments(this.context.db) : undefined),
    () => [this.context?.db],
  );

  override render() {
    const c = this.context;
    if (!c) return nothing;
    const payments = this.#data.value;
    return html`
      <h1>${t('money:history.heading')}</h1>
      ${
        !payments
          ? this.loadingNote(this.#data.error)
          : payments.length === 0
            ? html`<empty-state
                .heading=${t('money:history.empty.heading')}
                .reason=${t('money:history.empty.reason')}
              ></empty-state>`
            : html`<ul class="items">
                ${payments.map((payment) => this.#renderPayment(payment, c.session.district.timeZone))}
              </ul>`
      }
    `;
  }

  #renderPayment(payment: Payment, zone: string) {
    return html`<li class="card item" data-payment-id=${payment.id} data-status=${payment.status}>
      <div class="line">
        <a href="/payments/${payment.id}"
          ><strong>${formatMoment(payment.createdAt, zone)}</strong></a
        >
        <span class="amount">${formatMoney(payment.amountCents)}</span>
      </div>
      <p class="detail lines">
        ${payment.lines.map((line) => lineLabel(this.context?.session, line)).join(', ')}
      </p>
      <p class="detail">
        ${methodLabel(payment.paymentMethod)}
        ${payment.source === 'recurring' ? ` · ${t('money:history.recurring')}` : ''}
      </p>
      <span class="badge ${payment.status === 'succeeded' ? 'paid' : payment.status}">
        ${paymentStatus(payment.status)}</span
      >
    </li>`;
  }
}

customElements.define('payment-history-page', PaymentHistoryPage);

declare global {
  interface HTMLElementTagNameMap {
    'payment-history-page': PaymentHistoryPage;
  }
}
