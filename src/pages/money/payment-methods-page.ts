import { html, nothing } from 'lit';
import type { PaymentMethod } from '../../api/money.ts';
import type { OutboxEntry } from '../../data/outbox/outbox-entry.ts';
import { discardEntry } from '../../data/outbox/outbox-store.ts';
import { t } from '../../i18n/i18n.ts';
import '../../ui/empty-state.ts';
import { LiveQueryController } from '../../ui/live-query-controller.ts';
import { recordStyles } from '../../ui/record-styles.ts';
import { baseStyles } from '../../ui/styles.ts';
import { failureMessage, methodLabel } from './money-labels.ts';
import { MoneyPage } from './money-page.ts';
import { loadPaymentMethods } from './money-queries.ts';
import { moneyStyles } from './money-styles.ts';
import { removePaymentMethod } from './money-writes.ts';

/**
 * Payment Methods: the guardian's cards and bank accounts as the server
 * keeps them (brand, last four, expiry, nickname; never the number).
 */
export class PaymentMethodsPage extends MoneyPage {
  static override styles = [baseStyles, recordStyles, moneyStyles];

  #data = new LiveQueryController(
    this,
    async () => (this.context ? loadPaymentMethods(this.context.db) : undefined),
    () => [this.context?.db],
  );

  override render() {
    if (!this.context) return nothing;
    const data = this.#data.value;
    return html`
      <h1>${t('money:methods.heading')}</h1>
      <div class="actions">
        <a class="button" href="/payment-methods/new">${t('money:methods.add')}</a>
      </div>
      ${data?.failed.map((entry) => this.#renderFailed(entry)) ?? nothing}
      ${
        !data
          ? this.loadingNote(this.#data.error)
          : data.methods.length === 0
            ? html`<empty-state
                .heading=${t('money:methods.empty.heading')}
                .reason=${t('money:methods.empty.reason')}
              ></empty-state>`
            : html`<ul class="items">
                ${data.methods.map((method) => this.#renderMethod(method))}
              </ul>`
      }
    `;
  }

  #renderMethod(method: PaymentMethod) {
    const label = methodLabel(method);
    const expiry =
      method.expiryMonth && method.expiryYear
        ? t('money:methods.expires', {
            date: `${String(method.expiryMonth).padStart(2, '0')}/${method.expiryYear}`,
          })
        : '';
    return html`<li class="card item" data-method-id=${method.id}>
      <strong>${label}</strong>
      ${expiry ? html`<p class="detail">${expiry}</p>` : nothing}
      ${method.expired ? html`<span class="badge warning">${t('money:methods.expired')}</span>` : nothing}
      <div class="actions">
        <button
          class="button secondary remove"
          aria-label=${t('money:methods.removeNamed', { name: label })}
          @click=${() => this.#remove(method.id)}
        >
          ${t('money:methods.remove')}
        </button>
      </div>
    </li>`;
  }

  #renderFailed(entry: OutboxEntry) {
    return html`<div class="warning-box" role="alert" data-outbox-key=${entry.key}>
      <p>${t('money:methods.notRemoved', { reason: failureMessage(entry.failure) })}</p>
      <button class="button secondary" @click=${() => this.#dismiss(entry.key)}>
        ${t('money:methods.dismiss')}
      </button>
    </div>`;
  }

  async #remove(id: number) {
    const db = this.context?.db;
    if (!db) return;
    if (!window.confirm(t('money:methods.confirmRemove'))) return;
    await removePaymentMethod(db, id);
  }

  async #dismiss(key: string) {
    const db = this.context?.db;
    if (db) await discardEntry(db, key);
  }
}

customElements.define('payment-methods-page', PaymentMethodsPage);

declare global {
  interface HTMLElementTagNameMap {
    'payment-methods-page': PaymentMethodsPage;
  }
}
