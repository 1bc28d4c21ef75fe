import { html, nothing } from 'lit';
import { currentLanguage, t } from '../../i18n/i18n.ts';
import type { MealDraft } from './meal-draft.ts';
import { parseAmountCents } from './meal-validation.ts';

const money = new Map<string, Intl.NumberFormat>();

export function formatDollars(cents: number): string {
  const language = currentLanguage();
  let format = money.get(language);
  if (!format) {
    format = new Intl.NumberFormat(language, { style: 'currency', currency: 'USD' });
    money.set(language, format);
  }
  return format.format(cents / 100);
}

/** The last step: everything at a glance before sending. Never the SSN digits in full view. */
export function reviewStep(draft: MealDraft) {
  const assisted = draft.hasAssistance === 'yes';
  return html`
    <p class="muted">${t('meals:review.lede')}</p>
    <h3>${t('meals:steps.household')}</h3>
    <ul class="summary">
      ${draft.members.map((member) => html`<li>
        <strong>${member.name}</strong>
        ${assisted
          ? nothing
          : member.incomes.length === 0
            ? html`<span class="muted"> · ${t('meals:incomes.none')}</span>`
            : html`<ul>
                ${member.incomes.map((income) => html`<li>
                  ${income.source ? t(`meals:source.${income.source}`) : ''}:
                  ${formatDollars(parseAmountCents(income.amount) ?? 0)}
                  ${income.frequency ? t(`meals:frequency.${income.frequency}`) : ''}
                </li>`)}
              </ul>`}
      </li>`)}
    </ul>
    <h3>${t('meals:steps.assistance')}</h3>
    <p>
      ${assisted && draft.program
        ? `${t(`meals:program.${draft.program}`)} · ${draft.caseNumber.trim()}`
        : t('meals:assistance.no')}
    </p>
    <h3>${t('meals:steps.signer')}</h3>
    <p>
      ${draft.signerName.trim()} ·
      ${draft.noSsn ? t('meals:review.ssnNone') : t('meals:review.ssnGiven')}
    </p>
    <p class="certify">${t('meals:review.certify')}</p>
  `;
}
