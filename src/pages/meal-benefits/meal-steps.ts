import { html, nothing } from 'lit';
import { repeat } from 'lit/directives/repeat.js';
import {
  assistancePrograms,
  incomeFrequencies,
  incomeSources,
} from '../../api/meal-benefits.ts';
import { t } from '../../i18n/i18n.ts';
import type { MealDraft } from './meal-draft.ts';
import { describedBy, invalid, problemOf } from './meal-fields.ts';
import { maxMembers, nameMaxLength, type StepProblems } from './meal-validation.ts';

/**
 * The form's steps as templates. Inputs carry `name` (what they change)
 * and `data-member` / `data-income` (whose), read by the form's one
 * input handler; buttons carry `data-action`.
 */
export function householdStep(draft: MealDraft, problems: StepProblems) {
  return html`
    <p class="muted">${t('meals:household.lede')}</p>
    <ul class="members">
      ${repeat(draft.members, (m) => m.id, (member, index) => html`<li class="card member">
        <div class="field">
          <label for="name-${member.id}">
            ${t('meals:household.memberName', { number: index + 1 })}
          </label>
          <input id="name-${member.id}" name="member-name" data-member=${member.id} type="text"
            autocomplete="off" maxlength=${nameMaxLength} .value=${member.name}
            aria-invalid=${invalid(problems, `name-${member.id}`)}
            aria-describedby=${describedBy(problems, `name-${member.id}`)} />
          ${problemOf(problems, `name-${member.id}`)}
        </div>
        ${member.studentId !== undefined
          ? html`<p class="muted">${t('meals:household.student')}</p>`
          : nothing}
        ${draft.members.length > 1
          ? html`<button type="button" class="button secondary" data-action="remove-member"
              data-member=${member.id}>
              ${t('meals:household.remove', { name: member.name || index + 1 })}
            </button>`
          : nothing}
      </li>`)}
    </ul>
    ${problemOf(problems, 'members')}
    ${draft.members.length < maxMembers
      ? html`<button type="button" class="button secondary" data-action="add-member">
          ${t('meals:household.add')}
        </button>`
      : nothing}
  `;
}

export function assistanceStep(draft: MealDraft, problems: StepProblems) {
  return html`
    <fieldset aria-describedby=${describedBy(problems, 'hasAssistance')}>
      <legend>${t('meals:assistance.question')}</legend>
      ${(['yes', 'no'] as const).map((answer) => html`<label class="choice">
        <input type="radio" name="has-assistance" value=${answer}
          .checked=${draft.hasAssistance === answer} />
        ${t(`meals:assistance.${answer}`)}
      </label>`)}
      ${problemOf(problems, 'hasAssistance')}
    </fieldset>
    ${draft.hasAssistance === 'yes'
      ? html`<div class="field">
            <label for="program">${t('meals:assistance.program')}</label>
            <select id="program" name="program" aria-invalid=${invalid(problems, 'program')}
              aria-describedby=${describedBy(problems, 'program')}>
              <option value="" ?selected=${draft.program === ''}>${t('meals:choose')}</option>
              ${assistancePrograms.map((program) => html`<option value=${program}
                ?selected=${draft.program === program}>${t(`meals:program.${program}`)}</option>`)}
            </select>
            ${problemOf(problems, 'program')}
          </div>
          <div class="field">
            <label for="caseNumber">${t('meals:assistance.caseNumber')}</label>
            <input id="caseNumber" name="case-number" type="text" autocomplete="off" maxlength="30"
              .value=${draft.caseNumber} aria-invalid=${invalid(problems, 'caseNumber')}
              aria-describedby="caseNumber-hint ${describedBy(problems, 'caseNumber')}" />
            <p class="hint" id="caseNumber-hint">${t('meals:assistance.caseNumberHint')}</p>
            ${problemOf(problems, 'caseNumber')}
          </div>`
      : html`<p class="muted">${t('meals:assistance.noHint')}</p>`}
  `;
}

export function incomesStep(draft: MealDraft, problems: StepProblems) {
  return html`
    <p class="muted">${t('meals:incomes.lede')}</p>
    ${repeat(draft.members, (m) => m.id, (member) => html`<fieldset class="member-incomes">
      <legend>${member.name}</legend>
      ${member.incomes.length === 0
        ? html`<p class="muted">${t('meals:incomes.none')}</p>`
        : nothing}
      ${repeat(member.incomes, (i) => i.id, (income, index) => html`<div class="income">
        <p class="income-title">${t('meals:incomes.number', { number: index + 1 })}</p>
        <div class="field">
          <label for="source-${income.id}">${t('meals:incomes.source')}</label>
          <select id="source-${income.id}" name="income-source" data-member=${member.id}
            data-income=${income.id} aria-invalid=${invalid(problems, `source-${income.id}`)}
            aria-describedby=${describedBy(problems, `source-${income.id}`)}>
            <option value="" ?selected=${income.source === ''}>${t('meals:choose')}</option>
            ${incomeSources.map((source) => html`<option value=${source}
              ?selected=${income.source === source}>${t(`meals:source.${source}`)}</option>`)}
          </select>
          ${problemOf(problems, `source-${income.id}`)}
        </div>
        <div class="field">
          <label for="amount-${income.id}">${t('meals:incomes.amount')}</label>
          <input id="amount-${income.id}" name="income-amount" type="text" inputmode="decimal"
            autocomplete="off" data-member=${member.id} data-income=${income.id}
            .value=${income.amount} aria-invalid=${invalid(problems, `amount-${income.id}`)}
            aria-describedby=${describedBy(problems, `amount-${income.id}`)} />
          ${problemOf(problems, `amount-${income.id}`)}
        </div>
        <div class="field">
          <label for="frequency-${income.id}">${t('meals:incomes.frequency')}</label>
          <select id="frequency-${income.id}" name="income-frequency" data-member=${member.id}
            data-income=${income.id} aria-invalid=${invalid(problems, `frequency-${income.id}`)}
            aria-describedby=${describedBy(problems, `frequency-${income.id}`)}>
            <option value="" ?selected=${income.frequency === ''}>${t('meals:choose')}</option>
            ${incomeFrequencies.map((frequency) => html`<option value=${frequency}
              ?selected=${income.frequency === frequency}>
              ${t(`meals:frequency.${frequency}`)}</option>`)}
          </select>
          ${problemOf(problems, `frequency-${income.id}`)}
        </div>
        <button type="button" class="button secondary" data-action="remove-income"
          data-member=${member.id} data-income=${income.id}>
          ${t('meals:incomes.remove', { number: index + 1, name: member.name })}
        </button>
      </div>`)}
      ${problemOf(problems, `incomes-${member.id}`)}
      <button type="button" class="button secondary" data-action="add-income"
        data-member=${member.id}>
        ${t('meals:incomes.add', { name: member.name })}
      </button>
    </fieldset>`)}
  `;
}

export function signerStep(draft: MealDraft, problems: StepProblems) {
  return html`
    <p class="muted">${t('meals:signer.lede')}</p>
    <div class="field">
      <label for="signerName">${t('meals:signer.name')}</label>
      <input id="signerName" name="signer-name" type="text" autocomplete="name"
        maxlength=${nameMaxLength} .value=${draft.signerName}
        aria-invalid=${invalid(problems, 'signerName')}
        aria-describedby=${describedBy(problems, 'signerName')} />
      ${problemOf(problems, 'signerName')}
    </div>
    <div class="field">
      <label for="ssnLastFour">${t('meals:signer.ssn')}</label>
      <input id="ssnLastFour" name="ssn" type="text" inputmode="numeric" autocomplete="off"
        maxlength="4" .value=${draft.noSsn ? '' : draft.ssnLastFour} ?disabled=${draft.noSsn}
        aria-invalid=${invalid(problems, 'ssnLastFour')}
        aria-describedby="ssn-hint ${describedBy(problems, 'ssnLastFour')}" />
      <p class="hint" id="ssn-hint">${t('meals:signer.ssnHint')}</p>
      ${problemOf(problems, 'ssnLastFour')}
    </div>
    <label class="choice">
      <input type="checkbox" name="no-ssn" .checked=${draft.noSsn} />
      ${t('meals:signer.noSsn')}
    </label>
  `;
}
