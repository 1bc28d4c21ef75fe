import { css } from 'lit';

/** A labelled native select: keyboard and screen readers work as they expect. */
export const pickerStyles = css`
  :host {
    display: inline-flex;
  }
  label {
    display: inline-flex;
    flex-direction: column;
    gap: 0.125rem;
    font-size: 0.75rem;
    color: inherit;
  }
  select {
    min-height: 40px;
    max-width: 14rem;
    padding: 0.25rem 0.5rem;
    border-radius: 8px;
    border: 1px solid currentColor;
    background: var(--picker-background, #fff);
    color: var(--picker-color, #111827);
    font-size: 0.9375rem;
  }
`;
