import { html, nothing } from 'lit';
import type { Score } from '../../api/entities.ts';
import { t } from '../../i18n/i18n.ts';
import { flagBadges, scoreText } from '../../ui/score-display.ts';

/** A score for the list and the detail: points over total and percent, or the mark. */
export function scoreCell(
  score: Score | undefined,
  pointsPossible: number | null,
  notDueYet = false,
) {
  const text = scoreText(score, pointsPossible);
  if (!text.points && !text.mark) {
    // Work not yet due has no score to miss: nothing to say.
    return notDueYet
      ? html`<span class="score"></span>`
      : html`<span class="score muted">${t('assignments:notScored')}</span>`;
  }
  return html`<span class="score">
    ${text.points ?? text.mark}
    ${text.percent ? html`<span class="percent">${text.percent}</span>` : nothing}
    ${text.points && text.mark ? html`<span class="percent">${text.mark}</span>` : nothing}
  </span>`;
}

export function badges(score: Score | undefined) {
  return flagBadges(score, (flag) => t(`assignments:flags.${flag}`));
}
