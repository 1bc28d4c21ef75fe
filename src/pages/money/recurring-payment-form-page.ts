import { html, nothing } from 'lit';
import type { RecurringPayment } from '../../api/money.ts';
import { t } from '../../i18n/i18n.ts';
import '../../ui/empty-state.ts';
import { formStyles } from '../../ui/form-styles.ts';
import { LiveQueryController } from '../../ui/live-query-controller.ts';
import { recordStyles } from '../../ui/record-styles.ts';
import { baseStyles } from '../../ui/styles.ts';
import { formatMoney } from './money-format.ts';
import { methodLabel } from './money-labels.ts';
import { MoneyPage, goTo } from './money-page.ts';
import { loadRecurringPayments } from './money-queries.ts';
import { moneyStyles } from './money-styles.ts';
import { createRecurringPayment, updateRecurringPayment } from './money-writes.ts';
import { targetLabel } from './recurring-labels.ts';
import {
  emptyRecurringForm,
  formOf,
  toCreateBody,
  toUpdateBody,
  validateRecurring,
  type RecurringForm,
  type RecurringProblems,
} from './recurring-validation.ts';

const frequencies: readonly RecurringPayment['frequency'][] = [
  'weekly',
  'semi_monthly',
  'monthly',
  'low_balance',
];

/** A new recurring payment, or one being edited (its target stays). */
export class RecurringPaymentFormPage extends MoneyPage {
  static override styles = [baseStyles, recordStyles, formStyles, moneyStyles];

  static override properties = {
    ...MoneyPage.properties,
    form: { state: true },
    problems: { state: true },
  };

  declare form: RecurringForm | undefined;
  declare problems: RecurringProblems;

  #data = new LiveQueryController(
    this,
    async () => (this.context ? loadRecurringPayments(this.context.db) : undefined),
    () => [this.context?.db],
  );

  constructor() {
    super();
    this.problems = {};
  }

  get #editingId(): number | undefined {
    const id = Number(this.context?.params.id);
    return Number.isInteger(id) && id > 0 ? id : undefined;
  }

  override render() {
    const c = this.context;
    if (!c) return nothing;
    const data = this.#data.value;
    const editing = this.#editingId;
    const heading = editing
      ? t('money:recurringForm.editHeading')
      : t('money:recurringForm.heading');
    if (!data) {
      return html`<h1>${heading}</h1>
        ${this.loadingNote(this.#data.error)}`;
    }
    const existing = this.#existing();
    if (editing && !existing) {
      return html`<h1>${heading}</h1>
        <empty-state
          .heading=${t('money:recurringForm.missing.heading')}
          .reason=${t('money:recurringForm.missing.reason')}
        ></empty-state>`;
    }
    const form = this.#form();
    const isFee = form.target.startsWith('fee:');
    const unpaidFees = [...data.fees.values()].filter((fee) => fee.status === 'unpaid');
    const methods = data.paymentMethods.filter((m) => !m.expired);
    const problem = (field: keyof RecurringProblems) =>
      this.problems[field]
        ? html`<p class="problem" id="${field}-problem">${t(`money:${this.problems[field]}`)}</p>`
        : nothing;
    const described = (field: keyof RecurringProblems) =>
      this.problems[field] ? `${field}-problem` : '';

    return html`
      <h1>${heading}</h1>
      <form novalidate @submit=${this.#submit} @input=${this.#input} @change=${this.#input}>
        <div class="field">
          <label for="target">${t('money:recurringForm.target')}</label>
          <select
            id="target"
            name="target"
            ?disabled=${!!existing}
            aria-describedby=${described('target')}
          >
            <option value="" ?selected=${!form.target}>${t('money:recurringForm.choose')}</option>
            ${data.accounts.map(
              (account) =>
                html`<option
                  value="food:${account.id}"
                  ?selected=${form.target === `food:${account.id}`}
                >
                  ${targetLabel(c.session, { foodServiceAccountId: account.id }, data.fees, data.accounts)}
                </option>`,
            )}
            ${unpaidFees.map(
              (fee) =>
                html`<option value="fee:${fee.id}" ?selected=${form.target === `fee:${fee.id}`}>
                  ${targetLabel(c.session, { feeId: fee.id }, data.fees, data.accounts)}
                  (${formatMoney(fee.balanceCents)})
                </option>`,
            )}
          </select>
          ${problem('target')}
        </div>
        <fieldset aria-describedby=${described('frequency')}>
          <legend>${t('money:recurringForm.frequency')}</legend>
          ${frequencies
            .filter((f) => !(isFee && f === 'low_balance'))
            .map(
              (frequency) =>
                html`<label class="choice">
                  <input
                    type="radio"
                    name="frequency"
                    value=${frequency}
                    .checked=${form.frequency === frequency}
                  />
                  ${t(`money:frequency.${frequency}`)}
                </label>`,
            )}
          ${problem('frequency')}
        </fieldset>
        <div class="field">
          <label for="startDate">${t('money:recurringForm.startDate')}</label>
          <input
            id="startDate"
            name="startDate"
            type="date"
            .value=${form.startDate}
            aria-describedby=${described('startDate')}
          />
          ${problem('startDate')}
        </div>
        <div class="field">
          <label for="endDate">
            ${isFee ? t('money:recurringForm.endDate') : t('money:recurringForm.endDateOptional')}</label
          >
          <input
            id="endDate"
            name="endDate"
            type="date"
            .value=${form.endDate}
            aria-describedby=${described('endDate')}
          />
          ${problem('endDate')}
        </div>
        ${
          isFee
            ? html`<p class="note">${t('money:recurringForm.feeSplit')}</p>`
            : html`<div class="field">
                <label for="amount">${t('money:recurringForm.amount')}</label>
                <input
                  id="amount"
                  name="amount"
                  inputmode="decimal"
                  .value=${form.amount}
                  aria-describedby=${described('amount')}
                />
                ${problem('amount')}
              </div>`
        }
        ${
          form.frequency === 'low_balance'
            ? html`<div class="field">
                <label for="lowBalance">${t('money:recurringForm.lowBalance')}</label>
                <input
                  id="lowBalance"
                  name="lowBalance"
                  inputmode="decimal"
                  .value=${form.lowBalance}
                  aria-describedby=${described('lowBalance')}
                />
                ${problem('lowBalance')}
              </div>`
            : nothing
        }
        <div class="field">
          <label for="method">${t('money:checkout.method')}</label>
          <select id="method" name="method" aria-describedby=${described('method')}>
            <option value="" ?selected=${!form.paymentMethodId}>
              ${t('money:recurringForm.choose')}
            </option>
            ${methods.map(
              (method) =>
                html`<option value=${method.id} ?selected=${form.paymentMethodId === method.id}>
                  ${methodLabel(method)}
                </option>`,
            )}
          </select>
          <a href="/payment-methods/new">${t('money:checkout.addMethod')}</a>
          ${problem('method')}
        </div>
        <div class="field">
          <label for="email">${t('money:checkout.email')}</label>
          <input
            id="email"
            name="email"
            type="email"
            autocomplete="email"
            .value=${form.receiptEmail}
            aria-describedby=${described('email')}
          />
          ${problem('email')}
        </div>
        <div class="actions">
          <button class="button" type="submit">${t('money:recurringForm.save')}</button>
          <a class="button secondary" href="/recurring-payments">${t('money:methodForm.cancel')}</a>
        </div>
      </form>
    `;
  }

  #existing(): RecurringPayment | undefined {
    const editing = this.#editingId;
    return editing ? this.#data.value?.recurringPayments.find((p) => p.id === editing) : undefined;
  }

  /** What the form holds now (events may come faster than renders). */
  #form(): RecurringForm {
    const existing = this.#existing();
    return (
      this.form ??
      (existing ? formOf(existing) : emptyRecurringForm(this.context?.session.account.email ?? ''))
    );
  }

  #input = (event: Event) => {
    const target = event.target as HTMLInputElement | HTMLSelectElement;
    const next = { ...this.#form() };
    switch (target.name) {
      case 'target':
        next.target = target.value;
        if (next.target.startsWith('fee:') && next.frequency === 'low_balance')
          next.frequency = 'monthly';
        break;
      case 'frequency':
        next.frequency = target.value as RecurringForm['frequency'];
        break;
      case 'startDate':
      case 'endDate':
      case 'amount':
      case 'lowBalance':
        next[target.name] = target.value;
        break;
      case 'method':
        next.paymentMethodId = target.value ? Number(target.value) : undefined;
        break;
      case 'email':
        next.receiptEmail = target.value;
        break;
      default:
        return;
    }
    this.form = next;
  };

  #submit = async (event: SubmitEvent) => {
    event.preventDefault();
    const c = this.context;
    const data = this.#data.value;
    if (!c || !data) return;
    const form = this.#form();
    const existing = this.#existing();
    const feeId = form.target.startsWith('fee:') ? Number(form.target.slice(4)) : undefined;
    this.form = form;
    this.problems = validateRecurring(form, {
      today: c.today,
      fee: feeId ? data.fees.get(feeId) : undefined,
      editing: !!existing,
    });
    const first = Object.keys(this.problems)[0];
    if (first) {
      await this.updateComplete;
      this.renderRoot.querySelector<HTMLElement>(`#${first}`)?.focus();
      return;
    }
    if (existing) await updateRecurringPayment(c.db, existing.id, toUpdateBody(form));
    else await createRecurringPayment(c.db, toCreateBody(form));
    goTo('/recurring-payments');
  };
}

customElements.define('recurring-payment-form-page', RecurringPaymentFormPage);

declare global {
  interface HTMLElementTagNameMap {
    'recurring-payment-form-page': RecurringPaymentFormPage;
  }
}
