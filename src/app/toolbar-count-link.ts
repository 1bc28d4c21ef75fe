import { css, html, nothing, type TemplateResult } from 'lit';

/** A toolbar icon link (the cart, the bell) with a count in a corner. */
export const countLinkStyles = css`
  a {
    position: relative;
    display: inline-flex;
    align-items: center;
    justify-content: center;
    min-width: 44px;
    min-height: 44px;
    border-radius: 8px;
    color: inherit;
  }
  svg {
    width: 24px;
    height: 24px;
  }
  .count {
    position: absolute;
    top: 2px;
    right: 0;
    min-width: 1.25rem;
    padding: 0 0.25rem;
    border-radius: 999px;
    background: #fbbf24;
    color: #111827;
    font-size: 0.75rem;
    font-weight: 700;
    line-height: 1.25rem;
    text-align: center;
  }
`;

/** The count in the icon's corner; the link's label says it in words. */
export function countBadge(count: number): TemplateResult | typeof nothing {
  if (count <= 0) return nothing;
  return html`<span class="count" aria-hidden="true">${count > 99 ? '99+' : count}</span>`;
}
