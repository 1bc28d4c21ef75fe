import { html, nothing } from 'lit';
import type { Fee } from '../../api/money.ts';
import { formatDate } from '../../i18n/format.ts';
import { t } from '../../i18n/i18n.ts';
import '../../ui/empty-state.ts';
import { formStyles } from '../../ui/form-styles.ts';
import { LiveQueryController } from '../../ui/live-query-controller.ts';
import { recordStyles } from '../../ui/record-styles.ts';
import { baseStyles } from '../../ui/styles.ts';
import { addToCart } from './cart-store.ts';
import { centsToInput, formatMoment, formatMoney, parseAmount } from './money-format.ts';
import { paymentStatus, studentLabel } from './money-labels.ts';
import { MoneyPage } from './money-page.ts';
import { loadFee } from './money-queries.ts';
import { moneyStyles } from './money-styles.ts';

/**
 * One fee: its type, amount, what was paid and when, what is still owed;
 * the balance (or a part of it) can go to the cart.
 */
export class FeeDetailPage extends MoneyPage {
  static override styles = [baseStyles, recordStyles, formStyles, moneyStyles];

  static override properties = {
    ...MoneyPage.properties,
    amount: { state: true },
    problem: { state: true },
    added: { state: true },
  };

  declare amount: string | undefined;
  declare problem: string | undefined;
  declare added: boolean;

  #data = new LiveQueryController(
    this,
    async () => {
      const c = this.context;
      return c ? loadFee(c.db, Number(c.params.feeId)) : undefined;
    },
    () => [this.context?.db, this.context?.params.feeId],
  );

  constructor() {
    super();
    this.added = false;
  }

  override render() {
    const c = this.context;
    if (!c) return nothing;
    const data = this.#data.value;
    if (!data)
      return html`<h1>${t('money:fee.heading')}</h1>
        ${this.loadingNote(this.#data.error)}`;
    const fee = data.fee;
    if (!fee) {
      return html`<h1>${t('money:fee.heading')}</h1>
        <empty-state
          .heading=${t('money:fee.missing.heading')}
          .reason=${t('money:fee.missing.reason')}
        ></empty-state>`;
    }
    return html`
      <h1>${fee.description}</h1>
      <p class="lede muted">${studentLabel(c.session, fee.studentId)} · ${fee.schoolYearName}</p>
      <dl>
        <dt>${t('money:fee.type')}</dt>
        <dd>${fee.type}${fee.optional ? ` (${t('money:fee.optional')})` : ''}</dd>
        <dt>${t('money:fee.amount')}</dt>
        <dd class="amount">${formatMoney(fee.amountCents)}</dd>
        <dt>${t('money:fee.paid')}</dt>
        <dd class="amount">${formatMoney(fee.paidCents)}</dd>
        <dt>${t('money:fee.balance')}</dt>
        <dd class="amount">${formatMoney(fee.balanceCents)}</dd>
        <dt>${t('money:fee.dueDate')}</dt>
        <dd>${formatDate(fee.dueDate)}</dd>
        <dt>${t('money:fee.assigned')}</dt>
        <dd>${formatMoment(fee.assignedAt, c.session.district.timeZone)}</dd>
      </dl>
      <h2 class="section">${t('money:fee.payments')}</h2>
      ${
        fee.payments.length === 0
          ? html`<p class="muted">${t('money:fee.noPayments')}</p>`
          : html`<ul class="rows">
              ${fee.payments.map(
                (payment) =>
                  html`<li class="line">
                    <span>
                      <a href="/payments/${payment.paymentId}">
                        ${formatMoment(payment.paidAt, c.session.district.timeZone)}</a
                      >
                      <span class="detail">${paymentStatus(payment.status)}</span>
                    </span>
                    <span class="amount">${formatMoney(payment.amountCents)}</span>
                  </li>`,
              )}
            </ul>`
      }
      ${fee.status === 'unpaid' ? this.#renderPay(fee, data.cartLine?.amountCents) : nothing}
    `;
  }

  #renderPay(fee: Fee, inCart: number | undefined) {
    const value = this.amount ?? centsToInput(inCart ?? fee.balanceCents);
    return html`<h2 class="section">${t('money:fee.pay')}</h2>
      <form novalidate @submit=${(event: SubmitEvent) => this.#add(event, fee)}>
        <div class="field">
          <label for="amount">${t('money:fee.amountToPay')}</label>
          <input
            id="amount"
            name="amount"
            inputmode="decimal"
            autocomplete="off"
            .value=${value}
            aria-invalid=${this.problem ? 'true' : 'false'}
            aria-describedby="amount-hint ${this.problem ? 'amount-problem' : ''}"
            @input=${(event: Event) => {
              this.amount = (event.target as HTMLInputElement).value;
              this.added = false;
            }}
          />
          <p id="amount-hint" class="hint">
            ${t('money:fee.amountHint', { balance: formatMoney(fee.balanceCents) })}
          </p>
          ${
            this.problem
              ? html`<p class="problem" id="amount-problem">
                  ${t(`money:${this.problem}`, {
                    balance: formatMoney(fee.balanceCents),
                  })}
                </p>`
              : nothing
          }
        </div>
        <div class="actions">
          <button class="button" type="submit">
            ${inCart === undefined ? t('money:fee.addToCart') : t('money:fee.updateCart')}
          </button>
          <a class="button secondary" href="/cart">${t('money:cart.goToCart')}</a>
        </div>
        ${this.added ? html`<p role="status">${t('money:fee.added')}</p>` : nothing}
      </form>`;
  }

  async #add(event: SubmitEvent, fee: Fee) {
    event.preventDefault();
    const c = this.context;
    if (!c) return;
    const parsed = parseAmount(this.amount ?? centsToInput(fee.balanceCents));
    if ('problem' in parsed) {
      this.problem = parsed.problem;
    } else if (parsed.cents > fee.balanceCents) {
      this.problem = 'validation.amountOverOwed';
    } else {
      this.problem = undefined;
    }
    if (this.problem || 'problem' in parsed) {
      await this.updateComplete;
      this.renderRoot.querySelector<HTMLInputElement>('#amount')?.focus();
      return;
    }
    await addToCart(c.db, {
      kind: 'fee',
      targetId: fee.id,
      studentId: fee.studentId,
      description: fee.description,
      amountCents: parsed.cents,
      quantity: 1,
    });
    this.added = true;
  }
}

customElements.define('fee-detail-page', FeeDetailPage);

declare global {
  interface HTMLElementTagNameMap {
    'fee-detail-page': FeeDetailPage;
  }
}
