import { html, nothing } from 'lit';
import type { FoodServiceAccount } from '../../api/money.ts';
import { t } from '../../i18n/i18n.ts';
import '../../ui/empty-state.ts';
import { formStyles } from '../../ui/form-styles.ts';
import { LiveQueryController } from '../../ui/live-query-controller.ts';
import { recordHeader } from '../../ui/record-header.ts';
import { recordStyles } from '../../ui/record-styles.ts';
import { baseStyles } from '../../ui/styles.ts';
import { addToCart } from './cart-store.ts';
import { centsToInput, formatMoment, formatMoney, parseAmount } from './money-format.ts';
import { studentLabel } from './money-labels.ts';
import { MoneyPage } from './money-page.ts';
import { loadFoodService } from './money-queries.ts';
import { moneyStyles } from './money-styles.ts';

/** Food Service: the student's lunch account balance, its transactions, a deposit to the cart. */
export class FoodServicePage extends MoneyPage {
  static override styles = [baseStyles, recordStyles, formStyles, moneyStyles];

  static override properties = {
    ...MoneyPage.properties,
    amount: { state: true },
    problem: { state: true },
    added: { state: true },
  };

  declare amount: string;
  declare problem: string | undefined;
  declare added: boolean;

  #data = new LiveQueryController(
    this,
    async () => {
      const c = this.context;
      return c ? loadFoodService(c.db, c.studentId) : undefined;
    },
    () => [this.context?.db, this.context?.studentId],
  );

  constructor() {
    super();
    this.amount = '';
    this.added = false;
  }

  override render() {
    const c = this.context;
    if (!c) return nothing;
    const data = this.#data.value;
    const zone = c.session.district.timeZone;
    return html`
      ${recordHeader(t('money:food.heading'), c, undefined, this.#data.error)}
      ${
        !data
          ? this.#data.error ? nothing : this.loadingNote(undefined)
          : !data.account
            ? html`<empty-state
                .heading=${t('money:food.none.heading')}
                .reason=${t('money:food.none.reason')}
              ></empty-state>`
            : html`<section class="card" aria-labelledby="balance-heading">
                  <h2 id="balance-heading">${t('money:food.balance')}</h2>
                  <p class="balance" data-balance=${data.account.balanceCents}>
                    ${formatMoney(data.account.balanceCents)}
                  </p>
                  ${
                    data.account.lowBalance
                      ? html`<p class="warning-box">${t('money:food.low')}</p>`
                      : nothing
                  }
                  ${this.#renderDeposit(data.account, data.cartLine?.amountCents)}
                </section>
                <h2 class="section">${t('money:food.transactions')}</h2>
                ${
                  data.transactions.length === 0
                    ? html`<p class="muted">${t('money:food.noTransactions')}</p>`
                    : html`<ul class="rows">
                        ${data.transactions.map(
                          (row) =>
                            html`<li class="line" data-kind=${row.kind}>
                              <span>
                                <strong
                                  >${row.description || t(`money:food.kind.${row.kind}`)}</strong
                                >
                                <span class="detail">
                                  ${formatMoment(row.at, zone)} ·
                                  ${t('money:food.balanceAfter', { amount: formatMoney(row.balanceAfterCents) })}
                                </span>
                              </span>
                              <span class="amount"
                                >${row.amountCents > 0 ? '+' : ''}${formatMoney(row.amountCents)}</span
                              >
                            </li>`,
                        )}
                      </ul>`
                }`
      }
    `;
  }

  #renderDeposit(account: FoodServiceAccount, inCart: number | undefined) {
    return html`<form
      class="inline-form"
      novalidate
      @submit=${(event: SubmitEvent) => this.#add(event, account)}
    >
      <div class="field">
        <label for="amount">${t('money:food.depositAmount')}</label>
        <input
          id="amount"
          name="amount"
          inputmode="decimal"
          autocomplete="off"
          .value=${this.amount || (inCart ? centsToInput(inCart) : '')}
          aria-invalid=${this.problem ? 'true' : 'false'}
          aria-describedby=${this.problem ? 'amount-problem' : ''}
          @input=${(event: Event) => {
            this.amount = (event.target as HTMLInputElement).value;
            this.added = false;
          }}
        />
      </div>
      <button class="button" type="submit">
        ${inCart === undefined ? t('money:food.addDeposit') : t('money:fee.updateCart')}
      </button>
      ${
        this.problem
          ? html`<p class="problem" id="amount-problem">${t(`money:${this.problem}`)}</p>`
          : nothing
      }
      ${
        this.added
          ? html`<p role="status">
              ${t('money:food.added')} <a href="/cart">${t('money:cart.goToCart')}</a>
            </p>`
          : nothing
      }
    </form>`;
  }

  async #add(event: SubmitEvent, account: FoodServiceAccount) {
    event.preventDefault();
    const c = this.context;
    if (!c) return;
    const parsed = parseAmount(this.amount);
    if ('problem' in parsed) {
      this.problem = parsed.problem;
      await this.updateComplete;
      this.renderRoot.querySelector<HTMLInputElement>('#amount')?.focus();
      return;
    }
    this.problem = undefined;
    await addToCart(c.db, {
      kind: 'food_deposit',
      targetId: account.id,
      studentId: account.studentId,
      description: t('money:food.depositFor', { name: studentLabel(c.session, account.studentId) }),
      amountCents: parsed.cents,
      quantity: 1,
    });
    this.added = true;
  }
}

customElements.define('food-service-page', FoodServicePage);

declare global {
  interface HTMLElementTagNameMap {
    'food-service-page': FoodServicePage;
  }
}
