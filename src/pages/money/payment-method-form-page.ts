import { html, nothing } from 'lit';
import { toAppError } from '../../data/app-error.ts';
import { t } from '../../i18n/i18n.ts';
import { formStyles } from '../../ui/form-styles.ts';
import { recordStyles } from '../../ui/record-styles.ts';
import { baseStyles } from '../../ui/styles.ts';
import { queryParam } from '../../ui/url-query.ts';
import { moneyError } from './money-labels.ts';
import { MoneyPage, goTo } from './money-page.ts';
import { moneyStyles } from './money-styles.ts';
import { addPaymentMethod } from './money-writes.ts';
import {
  nicknameMaxLength,
  toMethodBody,
  validateMethod,
  type BankForm,
  type CardForm,
  type MethodProblems,
} from './payment-method-validation.ts';

const emptyCard = (): CardForm => ({
  kind: 'card',
  cardNumber: '',
  expiry: '',
  securityCode: '',
  nameOnCard: '',
  nickname: '',
});
const emptyBank = (): BankForm => ({
  kind: 'bank',
  routingNumber: '',
  accountNumber: '',
  accountType: 'checking',
  accountHolderName: '',
  nickname: '',
});

/** The server's refusals that belong to one field. */
const fieldOfCode: Partial<Record<string, string>> = {
  card_number_invalid: 'cardNumber',
  card_expiry_invalid: 'expiry',
  card_expired: 'expiry',
  security_code_invalid: 'securityCode',
  routing_number_invalid: 'routingNumber',
  account_number_invalid: 'accountNumber',
};

/**
 * A new card or bank account. The details go straight to the server's
 * tokenizer (online only) and stay in this form's memory meanwhile: never
 * in the device database, the outbox or a log.
 */
export class PaymentMethodFormPage extends MoneyPage {
  static override styles = [baseStyles, recordStyles, formStyles, moneyStyles];

  static override properties = {
    ...MoneyPage.properties,
    card: { state: true },
    bank: { state: true },
    kind: { state: true },
    problems: { state: true },
    refusal: { state: true },
    busy: { state: true },
  };

  declare card: CardForm;
  declare bank: BankForm;
  declare kind: 'card' | 'bank';
  declare problems: MethodProblems;
  declare refusal: string | undefined;
  declare busy: boolean;

  constructor() {
    super();
    this.card = emptyCard();
    this.bank = emptyBank();
    this.kind = 'card';
    this.problems = {};
    this.busy = false;
  }

  // Nothing to refresh: this page shows no saved list.
  protected override async refresh(): Promise<void> {}

  override disconnectedCallback(): void {
    super.disconnectedCallback();
    // Leaving the page forgets what was typed.
    this.card = emptyCard();
    this.bank = emptyBank();
  }

  override render() {
    if (!this.context) return nothing;
    return html`
      <h1>${t('money:methodForm.heading')}</h1>
      <p class="lede muted">${t('money:methodForm.lede')}</p>
      ${this.refusal ? html`<p class="problem" role="alert">${this.refusal}</p>` : nothing}
      <form novalidate autocomplete="on" @submit=${this.#submit}>
        <fieldset>
          <legend>${t('money:methodForm.kind')}</legend>
          ${(['card', 'bank'] as const).map(
            (kind) =>
              html`<label class="choice">
                <input
                  type="radio"
                  name="kind"
                  value=${kind}
                  .checked=${this.kind === kind}
                  @change=${() => {
                    this.kind = kind;
                    this.problems = {};
                  }}
                />
                ${t(`money:methodForm.${kind}`)}
              </label>`,
          )}
        </fieldset>
        ${this.kind === 'card' ? this.#renderCard() : this.#renderBank()}
        ${this.#field('nickname', t('money:methodForm.nickname'), 'off', {
          hint: t('money:methodForm.nicknameHint', { max: nicknameMaxLength }),
        })}
        <div class="actions">
          <button class="button" type="submit" ?disabled=${this.busy}>
            ${t('money:methodForm.save')}
          </button>
          <a class="button secondary" href=${this.#back()}>${t('money:methodForm.cancel')}</a>
        </div>
      </form>
    `;
  }

  #renderCard() {
    return html`
      ${this.#field('cardNumber', t('money:methodForm.cardNumber'), 'cc-number', { numeric: true })}
      ${this.#field('expiry', t('money:methodForm.expiry'), 'cc-exp', {
        hint: t('money:methodForm.expiryHint'),
      })}
      ${this.#field('securityCode', t('money:methodForm.securityCode'), 'cc-csc', { numeric: true })}
      ${this.#field('nameOnCard', t('money:methodForm.nameOnCard'), 'cc-name')}
    `;
  }

  #renderBank() {
    return html`
      ${this.#field('routingNumber', t('money:methodForm.routingNumber'), 'off', { numeric: true })}
      ${this.#field('accountNumber', t('money:methodForm.accountNumber'), 'off', { numeric: true })}
      <div class="field">
        <label for="accountType">${t('money:methodForm.accountType')}</label>
        <select
          id="accountType"
          @change=${(event: Event) => {
            const value = (event.target as HTMLSelectElement).value;
            this.bank = { ...this.bank, accountType: value === 'savings' ? 'savings' : 'checking' };
          }}
        >
          <option value="checking" ?selected=${this.bank.accountType === 'checking'}>
            ${t('money:methods.checking')}
          </option>
          <option value="savings" ?selected=${this.bank.accountType === 'savings'}>
            ${t('money:methods.savings')}
          </option>
        </select>
      </div>
      ${this.#field('accountHolderName', t('money:methodForm.holder'), 'name')}
    `;
  }

  #field(
    name: string,
    label: string,
    autocomplete: string,
    options: { numeric?: boolean; hint?: string } = {},
  ) {
    const form: Record<string, string> = this.kind === 'card' ? { ...this.card } : { ...this.bank };
    const problem = this.problems[name];
    const described = [options.hint ? `${name}-hint` : '', problem ? `${name}-problem` : '']
      .filter(Boolean)
      .join(' ');
    return html`<div class="field">
      <label for=${name}>${label}</label>
      <input
        id=${name}
        name=${name}
        type="text"
        autocomplete=${autocomplete}
        inputmode=${options.numeric ? 'numeric' : 'text'}
        .value=${form[name] ?? ''}
        aria-invalid=${problem ? 'true' : 'false'}
        aria-describedby=${described}
        @input=${(event: Event) => this.#input(name, (event.target as HTMLInputElement).value)}
      />
      ${options.hint ? html`<p class="hint" id="${name}-hint">${options.hint}</p>` : nothing}
      ${problem ? html`<p class="problem" id="${name}-problem">${t(`money:${problem}`)}</p>` : nothing}
    </div>`;
  }

  #input(name: string, value: string) {
    if (this.kind === 'card') this.card = { ...this.card, [name]: value };
    else this.bank = { ...this.bank, [name]: value };
  }

  #back(): string {
    return queryParam('back') === 'cart' ? '/cart' : '/payment-methods';
  }

  #submit = async (event: SubmitEvent) => {
    event.preventDefault();
    const c = this.context;
    if (!c || this.busy) return;
    const form = this.kind === 'card' ? this.card : this.bank;
    this.problems = validateMethod(form, c.today);
    this.refusal = undefined;
    const first = Object.keys(this.problems)[0];
    if (first) {
      await this.updateComplete;
      this.renderRoot.querySelector<HTMLElement>(`#${first}`)?.focus();
      return;
    }
    this.busy = true;
    try {
      await addPaymentMethod(c.db, toMethodBody(form));
      this.card = emptyCard();
      this.bank = emptyBank();
      goTo(this.#back());
    } catch (error) {
      const appError = toAppError(error);
      const field = fieldOfCode[appError.code];
      if (field) this.problems = { [field]: `errors.${appError.code}` };
      else this.refusal = moneyError(appError.code);
    } finally {
      this.busy = false;
    }
  };
}

customElements.define('payment-method-form-page', PaymentMethodFormPage);

declare global {
  interface HTMLElementTagNameMap {
    'payment-method-form-page': PaymentMethodFormPage;
  }
}
