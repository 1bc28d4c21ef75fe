import { html, nothing } from 'lit';
import { t } from '../../i18n/i18n.ts';
import type { StepProblems } from './meal-validation.ts';

/**
 * Small pieces the steps share: a field's problem message, tied to its
 * input through aria-describedby and aria-invalid.
 */
export function problemOf(problems: StepProblems, id: string) {
  const key = problems[id];
  return key ? html`<p class="problem" id="${id}-problem">${t(`meals:${key}`)}</p>` : nothing;
}

export function describedBy(problems: StepProblems, id: string): string {
  return problems[id] ? `${id}-problem` : '';
}

export function invalid(problems: StepProblems, id: string): 'true' | 'false' {
  return problems[id] ? 'true' : 'false';
}
