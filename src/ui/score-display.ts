import { css, html, nothing } from 'lit';
import type { Score } from '../api/entities.ts';
import { formatNumber, formatPercent } from '../i18n/format.ts';

/**
 * A score as a parent reads it: points ("18 / 20") with a percent where the
 * assignment has a total, else the teacher's mark; and its flags as badges.
 */

export interface ScoreText {
  points: string | null;
  percent: string | null;
  mark: string | null;
}

export function scoreText(
  score: Pick<Score, 'points' | 'mark'> | undefined,
  pointsPossible: number | null | undefined,
): ScoreText {
  if (!score) return { points: null, percent: null, mark: null };
  const hasTotal = pointsPossible !== null && pointsPossible !== undefined && pointsPossible > 0;
  const points =
    score.points === null
      ? null
      : hasTotal
        ? `${formatNumber(score.points)} / ${formatNumber(pointsPossible)}`
        : formatNumber(score.points);
  const percent =
    score.points !== null && hasTotal ? formatPercent((score.points / pointsPossible) * 100) : null;
  return { points, percent, mark: score.mark };
}

/** The flags in the order the badges show them. */
export const scoreFlags = ['missing', 'late', 'incomplete', 'turnedIn', 'exempt', 'dropped'] as const;
export type ScoreFlag = (typeof scoreFlags)[number];

export function activeFlags(score: Pick<Score, ScoreFlag> | undefined): ScoreFlag[] {
  return score ? scoreFlags.filter((flag) => score[flag]) : [];
}

const tone: Record<ScoreFlag, string> = {
  missing: 'bad',
  late: 'warn',
  incomplete: 'warn',
  turnedIn: 'good',
  exempt: 'info',
  dropped: 'info',
};

/** Badges for a score's flags; `label` names a flag in the page's language. */
export function flagBadges(
  score: Pick<Score, ScoreFlag> | undefined,
  label: (flag: ScoreFlag) => string,
) {
  const flags = activeFlags(score);
  if (flags.length === 0) return nothing;
  return html`<span class="badges">
    ${flags.map((flag) => html`<span class="badge ${tone[flag]}">${label(flag)}</span> `)}
  </span>`;
}

/** Badge colours: each text colour meets AA (over 7:1) on its background. */
export const badgeStyles = css`
  .badges {
    display: inline-flex;
    flex-wrap: wrap;
    gap: 0.25rem;
  }
  .badge {
    display: inline-block;
    padding: 0.0625rem 0.5rem;
    border-radius: 999px;
    font-size: 0.75rem;
    font-weight: 600;
    line-height: 1.5;
    white-space: nowrap;
  }
  .badge.warn {
    background: #fef3c7;
    color: #78350f;
  }
  .badge.bad {
    background: #fee2e2;
    color: #7f1d1d;
  }
  .badge.good {
    background: #dcfce7;
    color: #14532d;
  }
  .badge.info {
    background: #e0e7ff;
    color: #312e81;
  }
  .badge.plain {
    background: #f3f4f6;
    color: #1f2937;
  }
`;
