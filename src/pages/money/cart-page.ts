import { html, nothing } from 'lit';
import type { PaymentMethod } from '../../api/money.ts';
import type { CartItem } from '../../data/money-tables.ts';
import { discardEntry } from '../../data/outbox/outbox-store.ts';
import { t } from '../../i18n/i18n.ts';
import '../../ui/empty-state.ts';
import { formStyles } from '../../ui/form-styles.ts';
import { LiveQueryController } from '../../ui/live-query-controller.ts';
import { recordStyles } from '../../ui/record-styles.ts';
import { baseStyles } from '../../ui/styles.ts';
import { cartTotal, removeFromCart } from './cart-store.ts';
import { renderCheckouts, renderRefusal } from './checkout-status.ts';
import { formatMoney } from './money-format.ts';
import { methodLabel, studentLabel } from './money-labels.ts';
import { MoneyPage, goTo } from './money-page.ts';
import { loadCart } from './money-queries.ts';
import { moneyStyles } from './money-styles.ts';
import { checkOut, dismissCheckoutRefusal, restoreToCart } from './money-writes.ts';

const emailPattern = /^[^\s@]+@[^\s@]+$/;

/** A fee line asking more than the fee still owes (paid meanwhile, say), as a `money` key. */
function lineProblem(item: CartItem, owed: Map<number, number>): string | undefined {
  const balance = item.kind === 'fee' ? owed.get(item.targetId) : undefined;
  if (balance === undefined || item.amountCents <= balance) return undefined;
  return balance === 0 ? 'errors.fee_already_paid' : 'validation.amountOverOwed';
}

/**
 * The cart and its checkout: the lines with their total, one payment
 * method, the receipt's address. Paying moves the cart into the outbox:
 * offline it says "not yet paid" and goes when the network returns.
 */
export class CartPage extends MoneyPage {
  static override styles = [baseStyles, recordStyles, formStyles, moneyStyles];

  static override properties = {
    ...MoneyPage.properties,
    methodId: { state: true },
    email: { state: true },
    problems: { state: true },
  };

  declare methodId: number | undefined;
  declare email: string | undefined;
  declare problems: Partial<Record<'method' | 'email' | 'lines', string>>;
  /** The checkout made on this page: its receipt opens once the server took it. */
  #checkoutKey: string | undefined;

  #data = new LiveQueryController(
    this,
    async () => (this.context ? loadCart(this.context.db) : undefined),
    () => [this.context?.db],
  );

  constructor() {
    super();
    this.problems = {};
  }

  override updated(): void {
    const sent = this.#data.value?.checkouts.find(
      (checkout) => checkout.entry.key === this.#checkoutKey && checkout.entry.state === 'sent',
    );
    const result = sent?.entry.result as { id?: unknown } | undefined;
    if (typeof result?.id === 'number') {
      this.#checkoutKey = undefined;
      goTo(`/payments/${result.id}`);
    }
  }

  override render() {
    const c = this.context;
    if (!c) return nothing;
    const data = this.#data.value;
    if (!data) {
      return html`<h1>${t('money:cart.heading')}</h1>
        ${this.loadingNote(this.#data.error)}`;
    }
    return html`
      <h1>${t('money:cart.heading')}</h1>
      ${renderRefusal(data.refusal, () => void dismissCheckoutRefusal(c.db))}
      ${renderCheckouts(data.checkouts, {
        onRestore: (key) => void restoreToCart(c.db, key),
        onDiscard: (key) => void discardEntry(c.db, key),
      })}
      ${
        data.items.length === 0
          ? html`<empty-state
              .heading=${t('money:cart.empty.heading')}
              .reason=${t('money:cart.empty.reason')}
            >
              <a class="button secondary" href="/students/${c.studentId}/fees"
                >${t('money:cart.toFees')}</a
              >
            </empty-state>`
          : html`<ul class="items">
                ${data.items.map((item) => this.#renderItem(item, data.owed))}
              </ul>
              <p class="total">
                <span>${t('money:cart.total')}</span>
                <span class="amount" data-total=${cartTotal(data.items)}>
                  ${formatMoney(cartTotal(data.items))}</span
                >
              </p>
              ${this.#renderCheckout(data.paymentMethods)}`
      }
    `;
  }

  #renderItem(item: CartItem, owed: Map<number, number>) {
    const session = this.context?.session;
    const problem = lineProblem(item, owed);
    const description =
      item.kind === 'food_deposit'
        ? t('money:food.depositFor', { name: studentLabel(session, item.studentId) })
        : item.description;
    return html`<li class="card item" data-cart-id=${item.id}>
      <div class="line">
        <strong>${description}</strong>
        <span class="amount">${formatMoney(item.amountCents)}</span>
      </div>
      <p class="detail">
        ${studentLabel(session, item.studentId)}
        ${item.quantity > 1 ? ` · ${t('money:cart.quantity', { count: item.quantity })}` : ''}
      </p>
      ${problem
        ? html`<p class="problem line-problem">
            ${t(`money:${problem}`, { balance: formatMoney(owed.get(item.targetId) ?? 0) })}
          </p>`
        : nothing}
      <div class="actions">
        <button
          class="button secondary remove"
          @click=${() => this.#remove(item.id)}
          aria-label=${t('money:cart.removeItem', { name: description })}
        >
          ${t('money:cart.remove')}
        </button>
      </div>
    </li>`;
  }

  #renderCheckout(methods: PaymentMethod[]) {
    const c = this.context;
    const usable = methods.filter((method) => !method.expired);
    const chosen = this.methodId ?? usable[0]?.id;
    const email = this.email ?? c?.session.account.email ?? '';
    const problem = (field: 'method' | 'email') =>
      this.problems[field]
        ? html`<p class="problem" id="${field}-problem">${t(`money:${this.problems[field]}`)}</p>`
        : nothing;
    return html`<h2 class="section">${t('money:checkout.heading')}</h2>
      <form novalidate @submit=${this.#pay}>
        <div class="field">
          <label for="method">${t('money:checkout.method')}</label>
          ${
            methods.length === 0
              ? html`<p class="muted" id="method">${t('money:checkout.noMethods')}</p>`
              : html`<select
                  id="method"
                  aria-describedby=${this.problems.method ? 'method-problem' : ''}
                  @change=${(event: Event) => {
                    this.methodId = Number((event.target as HTMLSelectElement).value);
                  }}
                >
                  ${methods.map(
                    (method) =>
                      html`<option
                        value=${method.id}
                        ?selected=${method.id === chosen}
                        ?disabled=${method.expired}
                      >
                        ${methodLabel(method)}${method.expired ? ` (${t('money:methods.expired')})` : ''}
                      </option>`,
                  )}
                </select>`
          }
          <a href="/payment-methods/new?back=cart">${t('money:checkout.addMethod')}</a>
          ${problem('method')}
        </div>
        <div class="field">
          <label for="email">${t('money:checkout.email')}</label>
          <input
            id="email"
            type="email"
            autocomplete="email"
            .value=${email}
            aria-invalid=${this.problems.email ? 'true' : 'false'}
            aria-describedby=${this.problems.email ? 'email-problem' : ''}
            @input=${(event: Event) => {
              this.email = (event.target as HTMLInputElement).value;
            }}
          />
          ${problem('email')}
        </div>
        ${this.problems.lines
          ? html`<p class="problem" role="alert">${t(`money:${this.problems.lines}`)}</p>`
          : nothing}
        <div class="actions">
          <button class="button pay" type="submit">${t('money:checkout.pay')}</button>
        </div>
      </form>`;
  }

  async #remove(id: string) {
    const db = this.context?.db;
    if (db) await removeFromCart(db, id);
  }

  #pay = async (event: SubmitEvent) => {
    event.preventDefault();
    const c = this.context;
    const data = this.#data.value;
    if (!c || !data) return;
    const usable = data.paymentMethods.filter((method) => !method.expired);
    const methodId = this.methodId ?? usable[0]?.id;
    const method = data.paymentMethods.find((m) => m.id === methodId);
    const email = (this.email ?? c.session.account.email ?? '').trim();
    const problems: typeof this.problems = {};
    if (data.items.some((item) => lineProblem(item, data.owed))) problems.lines = 'validation.cartLines';
    if (!method) problems.method = 'validation.methodRequired';
    else if (method.expired) problems.method = 'validation.methodExpired';
    if (!emailPattern.test(email)) problems.email = 'validation.emailInvalid';
    this.problems = problems;
    if (!method || Object.keys(problems).length > 0) {
      await this.updateComplete;
      const first = problems.lines ? 'li:has(.line-problem) button.remove' : problems.method ? '#method' : '#email';
      this.renderRoot.querySelector<HTMLElement>(first)?.focus();
      return;
    }
    this.#checkoutKey = await checkOut(c.db, { paymentMethodId: method.id, receiptEmail: email });
  };
}

customElements.define('cart-page', CartPage);

declare global {
  interface HTMLElementTagNameMap {
    'cart-page': CartPage;
  }
}
