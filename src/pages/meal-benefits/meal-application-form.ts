import { LitElement, css, html } from 'lit';
import { I18nController } from '../../i18n/i18n-controller.ts';
import { t } from '../../i18n/i18n.ts';
import { formStyles } from '../../ui/form-styles.ts';
import { baseStyles } from '../../ui/styles.ts';
import { absencesStyles } from '../absence-requests/absences-styles.ts';
import { newId, stepsOf, type DraftMember, type MealDraft } from './meal-draft.ts';
import { reviewStep } from './meal-review.ts';
import { assistanceStep, householdStep, incomesStep, signerStep } from './meal-steps.ts';
import { validateStep, type StepProblems } from './meal-validation.ts';

/**
 * The meal benefits application, one step at a time. Every change fires
 * `portal-meal-draft` with the whole draft (the page keeps it in Dexie);
 * Next checks the step first; Send fires `portal-meal-submit`.
 */
export class MealApplicationForm extends LitElement {
  static override styles = [
    baseStyles,
    formStyles,
    absencesStyles,
    css`
      ol.progress { display: flex; flex-wrap: wrap; gap: 0.25rem 0.75rem; padding: 0;
        margin: 1rem 0 0.5rem; list-style: none; font-size: 0.875rem; }
      ol.progress li[aria-current='step'] { font-weight: 700; text-decoration: underline; }
      ul.members, ul.summary { list-style: none; padding: 0; margin: 0; display: flex;
        flex-direction: column; gap: 0.75rem; }
      ul.summary ul { margin: 0.25rem 0 0; }
      .member, .income, fieldset.member-incomes { display: flex; flex-direction: column;
        gap: 0.5rem; }
      .member p { margin: 0; }
      .income { border-top: 1px solid var(--portal-border, #d6dae1); padding-top: 0.5rem; }
      .income-title { margin: 0; font-weight: 600; }
      input[type='text'] { max-width: 24rem; }
      h2:focus { outline: none; }
      h3 { margin: 0.5rem 0 0; font-size: 1.05rem; }
      .certify { font-weight: 600; }
    `,
  ];

  static override properties = {
    draft: { attribute: false },
    problems: { state: true },
  };

  /** The draft being filled in; the page hands it in from Dexie. */
  declare draft: MealDraft;
  declare problems: StepProblems;

  constructor() {
    super();
    new I18nController(this);
    this.problems = {};
  }

  override render() {
    const draft = this.draft;
    const steps = stepsOf(draft);
    const index = Math.max(steps.indexOf(draft.step), 0);
    const step = steps[index] ?? 'household';
    const last = index === steps.length - 1;
    return html`
      <ol class="progress" aria-label=${t('meals:steps.label')}>
        ${steps.map((s, i) => html`<li aria-current=${s === step ? 'step' : 'false'}>
          ${i + 1}. ${t(`meals:steps.${s}`)}</li>`)}
      </ol>
      <h2 tabindex="-1" id="step-heading">
        ${t('meals:steps.heading', { number: index + 1, count: steps.length,
          name: t(`meals:steps.${step}`) })}
      </h2>
      <form novalidate @input=${this.onInput} @change=${this.onInput} @click=${this.onClick}
        @submit=${this.onSubmit} data-step=${step}>
        ${step === 'household' ? householdStep(draft, this.problems) : ''}
        ${step === 'assistance' ? assistanceStep(draft, this.problems) : ''}
        ${step === 'incomes' ? incomesStep(draft, this.problems) : ''}
        ${step === 'signer' ? signerStep(draft, this.problems) : ''}
        ${step === 'review' ? reviewStep(draft) : ''}
        <div class="actions">
          ${index > 0
            ? html`<button type="button" class="button secondary" data-action="back">
                ${t('meals:back')}</button>`
            : ''}
          <button type="submit" class="button">${last ? t('meals:send') : t('meals:next')}</button>
        </div>
      </form>
    `;
  }

  private change(update: Partial<MealDraft>): void {
    this.draft = { ...this.draft, ...update };
    this.dispatchEvent(new CustomEvent('portal-meal-draft', {
      detail: this.draft, bubbles: true, composed: true,
    }));
  }

  private changeMember(id: string, update: (member: DraftMember) => DraftMember): void {
    this.change({ members: this.draft.members.map((m) => (m.id === id ? update(m) : m)) });
  }

  private onInput = (event: Event) => {
    const target = event.target as HTMLInputElement;
    const member = target.dataset['member'] ?? '';
    const income = target.dataset['income'] ?? '';
    const value = target.value;
    const setIncome = (field: 'source' | 'amount' | 'frequency') =>
      this.changeMember(member, (m) => ({
        ...m,
        incomes: m.incomes.map((i) => (i.id === income ? { ...i, [field]: value } : i)),
      }));
    switch (target.name) {
      case 'member-name':
        return this.changeMember(member, (m) => ({ ...m, name: value }));
      case 'has-assistance':
        return this.change({ hasAssistance: value === 'yes' ? 'yes' : 'no' });
      case 'program':
        return this.change({ program: value as MealDraft['program'] });
      case 'case-number':
        return this.change({ caseNumber: value });
      case 'income-source':
        return setIncome('source');
      case 'income-amount':
        return setIncome('amount');
      case 'income-frequency':
        return setIncome('frequency');
      case 'signer-name':
        return this.change({ signerName: value });
      case 'ssn':
        return this.change({ ssnLastFour: value });
      case 'no-ssn':
        return this.change({ noSsn: target.checked, ssnLastFour: '' });
    }
  };

  private onClick = (event: Event) => {
    const button = (event.target as HTMLElement).closest<HTMLButtonElement>('button[data-action]');
    if (!button) return;
    const member = button.dataset['member'] ?? '';
    switch (button.dataset['action']) {
      case 'add-member': {
        const added = { id: newId(), name: '', incomes: [] };
        this.change({ members: [...this.draft.members, added] });
        void this.focusLater(`#name-${added.id}`);
        return;
      }
      case 'remove-member':
        this.change({ members: this.draft.members.filter((m) => m.id !== member) });
        return;
      case 'add-income': {
        const added = { id: newId(), source: '', amount: '', frequency: '' } as const;
        this.changeMember(member, (m) => ({ ...m, incomes: [...m.incomes, { ...added }] }));
        void this.focusLater(`#source-${added.id}`);
        return;
      }
      case 'remove-income':
        this.changeMember(member, (m) => ({
          ...m, incomes: m.incomes.filter((i) => i.id !== button.dataset['income']),
        }));
        return;
      case 'back':
        this.go(-1);
    }
  };

  private onSubmit = async (event: SubmitEvent) => {
    event.preventDefault();
    this.problems = validateStep(this.draft, this.draft.step);
    const first = Object.keys(this.problems)[0];
    if (first) {
      await this.updateComplete;
      const field = this.renderRoot.querySelector<HTMLElement>(
        `#${CSS.escape(first)}, [name='${first === 'hasAssistance' ? 'has-assistance' : first}']`,
      );
      (field ?? this.renderRoot.querySelector<HTMLElement>('.problem'))?.focus();
      return;
    }
    if (this.draft.step === 'review') {
      this.dispatchEvent(new CustomEvent('portal-meal-submit', {
        detail: this.draft, bubbles: true, composed: true,
      }));
      return;
    }
    this.go(1);
  };

  private go(by: 1 | -1): void {
    const steps = stepsOf(this.draft);
    const next = steps[steps.indexOf(this.draft.step) + by];
    if (!next) return;
    this.problems = {};
    this.change({ step: next });
    void this.focusLater('#step-heading');
  }

  private async focusLater(selector: string): Promise<void> {
    await this.updateComplete;
    this.renderRoot.querySelector<HTMLElement>(selector)?.focus();
  }
}

customElements.define('meal-application-form', MealApplicationForm);

declare global {
  interface HTMLElementTagNameMap {
    'meal-application-form': MealApplicationForm;
  }
}
