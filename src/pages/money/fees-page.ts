import { html, nothing } from 'lit';
import type { Fee, OptionalPayment } from '../../api/money.ts';
import { formatDate } from '../../i18n/format.ts';
import { t } from '../../i18n/i18n.ts';
import '../../ui/empty-state.ts';
import { LiveQueryController } from '../../ui/live-query-controller.ts';
import { recordHeader } from '../../ui/record-header.ts';
import { recordStyles } from '../../ui/record-styles.ts';
import { baseStyles } from '../../ui/styles.ts';
import { queryParam, setQueryParams } from '../../ui/url-query.ts';
import { addToCart, cartItemId, type CartItem } from './cart-store.ts';
import { formatMoney } from './money-format.ts';
import { MoneyPage } from './money-page.ts';
import { loadFees, type FeeStatusFilter } from './money-queries.ts';
import { moneyStyles } from './money-styles.ts';

/**
 * Fees: the student's fees of the chosen school year, unpaid (partly paid
 * ones too) or paid, each with its balance and due date, and the optional
 * payments on offer; each can go to the cart.
 */
export class FeesPage extends MoneyPage {
  static override styles = [baseStyles, recordStyles, moneyStyles];

  #status: FeeStatusFilter = queryParam('status') === 'paid' ? 'paid' : 'unpaid';

  #data = new LiveQueryController(
    this,
    async () => {
      const c = this.context;
      if (!c) return undefined;
      return loadFees(c.db, {
        studentId: c.studentId,
        schoolYearId: c.schoolYearId,
        status: this.#status,
        today: c.today,
      });
    },
    () => [this.context, this.#status],
  );

  override connectedCallback(): void {
    super.connectedCallback();
    window.addEventListener('popstate', this.#readAddress);
  }

  override disconnectedCallback(): void {
    super.disconnectedCallback();
    window.removeEventListener('popstate', this.#readAddress);
  }

  /** Back and forward between Unpaid and Paid keep this element: read the filter again. */
  #readAddress = () => {
    const status = queryParam('status') === 'paid' ? 'paid' : 'unpaid';
    if (status === this.#status) return;
    this.#status = status;
    this.requestUpdate();
  };

  override render() {
    const c = this.context;
    if (!c) return nothing;
    const data = this.#data.value;
    const base = `/students/${c.studentId}/fees`;
    return html`
      ${recordHeader(t('money:fees.heading'), c, undefined, this.#data.error)}
      <nav class="tabs" aria-label=${t('money:fees.filter')}>
        ${(['unpaid', 'paid'] as const).map(
          (status) =>
            html`<a
              href="${base}?status=${status}"
              aria-current=${this.#status === status ? 'page' : 'false'}
              @click=${(event: Event) => this.#filter(event, status)}
              >${t(`money:fees.${status}`)}</a
            >`,
        )}
      </nav>
      ${
        !data
          ? this.#data.error ? nothing : this.loadingNote(undefined)
          : data.fees.length === 0
            ? html`<empty-state
                .heading=${t(`money:fees.empty.${this.#status}`)}
                .reason=${t('money:fees.empty.reason')}
              ></empty-state>`
            : html`<ul class="items">
                ${data.fees.map((fee) => this.#renderFee(fee, data.inCart))}
              </ul>`
      }
      ${
        data && data.optionalPayments.length > 0
          ? html`<h2 class="section">${t('money:optional.heading')}</h2>
              <ul class="items">
                ${data.optionalPayments.map((item) => this.#renderOptional(item, data.inCart))}
              </ul>`
          : nothing
      }
    `;
  }

  #renderFee(fee: Fee, inCart: Map<string, CartItem>) {
    const c = this.context;
    const line = inCart.get(cartItemId('fee', fee.id, fee.studentId));
    const partly = fee.status === 'unpaid' && fee.paidCents > 0;
    const overdue = fee.status === 'unpaid' && c !== undefined && fee.dueDate < c.today;
    const badge = fee.status === 'paid' ? 'paid' : partly ? 'partly' : 'unpaid';
    return html`<li class="card item" data-fee-id=${fee.id}>
      <div class="line">
        <a href="/students/${fee.studentId}/fees/${fee.id}"><strong>${fee.description}</strong></a>
        <span class="amount"
          >${formatMoney(fee.status === 'paid' ? fee.amountCents : fee.balanceCents)}</span
        >
      </div>
      <p class="detail">
        ${fee.type} · ${t('money:fees.due', { date: formatDate(fee.dueDate) })}
        ${
          partly
            ? html` ·
              ${t('money:fees.paidOf', {
                paid: formatMoney(fee.paidCents),
                amount: formatMoney(fee.amountCents),
              })}`
            : nothing
        }
      </p>
      <p>
        <span class="badge ${badge === 'paid' ? 'paid' : 'unpaid'}"
          >${t(`money:fees.status.${badge}`)}</span
        >
        ${overdue ? html`<span class="badge warning">${t('money:fees.overdue')}</span>` : nothing}
      </p>
      ${
        fee.status === 'unpaid'
          ? html`<div class="actions">
              ${
                line
                  ? html`<a class="button secondary" href="/cart">
                      ${t('money:cart.inCart', { amount: formatMoney(line.amountCents) })}</a
                    >`
                  : html`<button class="button add" @click=${() => this.#addFee(fee)}>
                      ${t('money:fees.payInFull', { amount: formatMoney(fee.balanceCents) })}
                    </button>`
              }
              <a class="button secondary" href="/students/${fee.studentId}/fees/${fee.id}">
                ${t('money:fees.details')}</a
              >
            </div>`
          : nothing
      }
    </li>`;
  }

  #renderOptional(item: OptionalPayment, inCart: Map<string, CartItem>) {
    const line = inCart.get(cartItemId('optional_payment', item.id, item.studentId));
    return html`<li class="card item" data-optional-id=${item.id}>
      <div class="line">
        <strong>${item.name}</strong>
        <span class="amount">${formatMoney(item.amountCents)}</span>
      </div>
      <p class="detail">
        ${t(`money:optional.kind.${item.kind}`)}${item.description ? ` · ${item.description}` : ''}
        ${
          item.availableUntil
            ? html` · ${t('money:optional.until', { date: formatDate(item.availableUntil) })}`
            : nothing
        }
      </p>
      <div class="actions">
        ${
          line
            ? html`<a class="button secondary" href="/cart">
                ${t('money:cart.inCart', { amount: formatMoney(line.amountCents) })}</a
              >`
            : html`<button class="button add" @click=${() => this.#addOptional(item)}>
                ${t('money:optional.add')}
              </button>`
        }
      </div>
    </li>`;
  }

  #filter(event: Event, status: FeeStatusFilter) {
    event.preventDefault();
    this.#status = status;
    setQueryParams({ status: status === 'unpaid' ? null : status }, { push: true });
    this.requestUpdate();
  }

  async #addFee(fee: Fee) {
    const db = this.context?.db;
    if (!db) return;
    await addToCart(db, {
      kind: 'fee',
      targetId: fee.id,
      studentId: fee.studentId,
      description: fee.description,
      amountCents: fee.balanceCents,
      quantity: 1,
    });
  }

  async #addOptional(item: OptionalPayment) {
    const db = this.context?.db;
    if (!db) return;
    await addToCart(db, {
      kind: 'optional_payment',
      targetId: item.id,
      studentId: item.studentId,
      description: item.name,
      amountCents: item.amountCents,
      quantity: 1,
    });
  }
}

customElements.define('fees-page', FeesPage);

declare global {
  interface HTMLElementTagNameMap {
    'fees-page': FeesPage;
  }
}
