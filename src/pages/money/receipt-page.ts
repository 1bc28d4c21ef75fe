import { html, nothing } from 'lit';
import { t } from '../../i18n/i18n.ts';
import '../../ui/empty-state.ts';
import { LiveQueryController } from '../../ui/live-query-controller.ts';
import { recordStyles } from '../../ui/record-styles.ts';
import { baseStyles } from '../../ui/styles.ts';
import { formatMoment, formatMoney } from './money-format.ts';
import { lineLabel, methodLabel, moneyError, paymentStatus } from './money-labels.ts';
import { MoneyPage } from './money-page.ts';
import { loadPayment } from './money-queries.ts';
import { moneyStyles } from './money-styles.ts';

/** One payment: its receipt (number, date, where it was emailed), lines and method. */
export class ReceiptPage extends MoneyPage {
  static override styles = [baseStyles, recordStyles, moneyStyles];

  #data = new LiveQueryController(
    this,
    async () => {
      const c = this.context;
      return c ? { payment: await loadPayment(c.db, Number(c.params.id)) } : undefined;
    },
    () => [this.context?.db, this.context?.params.id],
  );

  override render() {
    const c = this.context;
    if (!c) return nothing;
    const data = this.#data.value;
    if (!data) {
      return html`<h1>${t('money:receipt.heading')}</h1>
        ${this.loadingNote(this.#data.error)}`;
    }
    const payment = data.payment;
    if (!payment) {
      return html`<h1>${t('money:receipt.heading')}</h1>
        <empty-state
          .heading=${t('money:receipt.missing.heading')}
          .reason=${t('money:receipt.missing.reason')}
        ></empty-state>`;
    }
    const zone = c.session.district.timeZone;
    return html`
      <h1>
        ${
          payment.receipt
            ? t('money:receipt.numbered', { number: payment.receipt.number })
            : t('money:receipt.payment')
        }
      </h1>
      <p class="lede">
        <span class="badge ${payment.status === 'succeeded' ? 'paid' : payment.status}">
          ${paymentStatus(payment.status)}</span
        >
      </p>
      ${
        payment.failureCode
          ? html`<p class="failure">${moneyError(payment.failureCode)}</p>`
          : nothing
      }
      <dl>
        <dt>${t('money:receipt.date')}</dt>
        <dd>${formatMoment(payment.createdAt, zone)}</dd>
        <dt>${t('money:receipt.method')}</dt>
        <dd>${methodLabel(payment.paymentMethod)}</dd>
        ${
          payment.receipt
            ? html`<dt>${t('money:receipt.emailedTo')}</dt>
                <dd>${payment.receipt.email}</dd>`
            : nothing
        }
      </dl>
      <h2 class="section">${t('money:receipt.lines')}</h2>
      <ul class="rows">
        ${payment.lines.map(
          (line) =>
            html`<li class="line">
              <span
                ><strong>${lineLabel(c.session, line)}</strong>
                ${
                  line.quantity > 1
                    ? html`<span class="detail"
                        >${t('money:cart.quantity', { count: line.quantity })}</span
                      >`
                    : nothing
                }</span
              >
              <span class="amount">${formatMoney(line.amountCents)}</span>
            </li>`,
        )}
      </ul>
      <p class="total">
        <span>${t('money:cart.total')}</span>
        <span class="amount">${formatMoney(payment.amountCents)}</span>
      </p>
      <div class="actions">
        <a class="button secondary" href="/payments">${t('money:receipt.allPayments')}</a>
        <button class="button secondary" @click=${() => window.print()}>
          ${t('money:receipt.print')}
        </button>
      </div>
    `;
  }
}

customElements.define('receipt-page', ReceiptPage);

declare global {
  interface HTMLElementTagNameMap {
    'receipt-page': ReceiptPage;
  }
}
