import { css } from 'lit';

/**
 * Shared look: colours meet WCAG AA on their backgrounds (checked with
 * axe in the tests), focus is always visible.
 */
export const baseStyles = css`
  :host {
    box-sizing: border-box;
  }
  *,
  *::before,
  *::after {
    box-sizing: inherit;
  }
  :focus-visible {
    outline: 3px solid var(--portal-focus, #b45309);
    outline-offset: 2px;
  }
  .visually-hidden {
    position: absolute;
    width: 1px;
    height: 1px;
    overflow: hidden;
    clip: rect(0 0 0 0);
    white-space: nowrap;
  }
  button,
  select,
  input {
    font: inherit;
  }
  .button {
    display: inline-flex;
    align-items: center;
    justify-content: center;
    gap: 0.4rem;
    min-height: 44px;
    padding: 0.5rem 1rem;
    border-radius: 8px;
    border: 1px solid var(--portal-primary, #1d4ed8);
    background: var(--portal-primary, #1d4ed8);
    color: #fff;
    font-weight: 600;
    cursor: pointer;
    text-decoration: none;
  }
  .button.secondary {
    background: transparent;
    color: var(--portal-primary, #1d4ed8);
  }
  .button[disabled] {
    opacity: 0.6;
    cursor: progress;
  }
  .card {
    background: var(--portal-surface, #fff);
    border: 1px solid var(--portal-border, #d6dae1);
    border-radius: 12px;
    padding: 1rem;
  }
  .muted {
    color: var(--portal-muted, #4b5563);
  }
`;
