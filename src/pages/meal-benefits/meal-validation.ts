import type { MealDraft, MealStep } from './meal-draft.ts';

/**
 * The checks of each step, on the device, before the next step: the same
 * limits as the contract (src/api/meal-benefits.ts), repeated here so the
 * page chunk stays free of TypeBox. Problems map a field's id to a key of
 * the `meals` namespace.
 */
export type StepProblems = Record<string, string>;

export const nameMaxLength = 100;
export const maxMembers = 20;
export const maxIncomesPerMember = 10;
const maxIncomeCents = 1_000_000_000;
const caseNumberPattern = /^[A-Za-z0-9][A-Za-z0-9 -]{0,29}$/;

/**
 * Dollars as people type them: "1200", "1,200.50", "1200,50" (a comma
 * before one or two final digits is a decimal comma). Answers cents, or
 * undefined when it is not an amount.
 */
export function parseAmountCents(text: string): number | undefined {
  const plain = text.trim().replace(/^\$\s*/, '').replace(/\s/g, '');
  let normal: string;
  if (/^\d{1,3}(,\d{3})+(\.\d{1,2})?$/.test(plain)) normal = plain.replace(/,/g, '');
  else if (/^\d+([.,]\d{1,2})?$/.test(plain)) normal = plain.replace(',', '.');
  else return undefined;
  const cents = Math.round(Number(normal) * 100);
  return Number.isSafeInteger(cents) && cents > 0 && cents <= maxIncomeCents ? cents : undefined;
}

export function validateStep(draft: MealDraft, step: MealStep): StepProblems {
  switch (step) {
    case 'household':
      return household(draft);
    case 'assistance':
      return assistance(draft);
    case 'incomes':
      return incomes(draft);
    case 'signer':
      return signer(draft);
    case 'review':
      return {
        ...household(draft),
        ...assistance(draft),
        ...(draft.hasAssistance === 'yes' ? {} : incomes(draft)),
        ...signer(draft),
      };
  }
}

function household(draft: MealDraft): StepProblems {
  const problems: StepProblems = {};
  if (draft.members.length === 0) problems['members'] = 'problems.noMembers';
  if (draft.members.length > maxMembers) problems['members'] = 'problems.tooManyMembers';
  for (const member of draft.members) {
    const name = member.name.trim();
    if (!name) problems[`name-${member.id}`] = 'problems.nameRequired';
    else if (name.length > nameMaxLength) problems[`name-${member.id}`] = 'problems.nameTooLong';
  }
  return problems;
}

function assistance(draft: MealDraft): StepProblems {
  if (draft.hasAssistance === '') return { hasAssistance: 'problems.chooseAssistance' };
  if (draft.hasAssistance === 'no') return {};
  const problems: StepProblems = {};
  if (!draft.program) problems['program'] = 'problems.programRequired';
  const caseNumber = draft.caseNumber.trim();
  if (!caseNumber) problems['caseNumber'] = 'problems.caseNumberRequired';
  else if (!caseNumberPattern.test(caseNumber)) {
    problems['caseNumber'] = 'problems.caseNumberInvalid';
  }
  return problems;
}

function incomes(draft: MealDraft): StepProblems {
  const problems: StepProblems = {};
  for (const member of draft.members) {
    if (member.incomes.length > maxIncomesPerMember) {
      problems[`incomes-${member.id}`] = 'problems.tooManyIncomes';
    }
    for (const income of member.incomes) {
      if (!income.source) problems[`source-${income.id}`] = 'problems.sourceRequired';
      if (!income.amount.trim()) problems[`amount-${income.id}`] = 'problems.amountRequired';
      else if (parseAmountCents(income.amount) === undefined) {
        problems[`amount-${income.id}`] = 'problems.amountInvalid';
      }
      if (!income.frequency) problems[`frequency-${income.id}`] = 'problems.frequencyRequired';
    }
  }
  return problems;
}

function signer(draft: MealDraft): StepProblems {
  const problems: StepProblems = {};
  const name = draft.signerName.trim();
  if (!name) problems['signerName'] = 'problems.signerRequired';
  else if (name.length > nameMaxLength) problems['signerName'] = 'problems.nameTooLong';
  if (!draft.noSsn && !/^\d{4}$/.test(draft.ssnLastFour.trim())) {
    problems['ssnLastFour'] = draft.ssnLastFour.trim()
      ? 'problems.ssnInvalid'
      : 'problems.ssnRequired';
  }
  return problems;
}
