import { css } from 'lit';

export const todayStyles = css`
  :host {
    display: block;
  }
  h1 {
    margin: 0;
    font-size: 1.5rem;
  }
  .date {
    margin: 0.25rem 0 0;
  }
  .grid {
    display: grid;
    gap: 1rem;
    margin-top: 1rem;
  }
  section h2 {
    margin: 0 0 0.75rem;
    font-size: 1.125rem;
  }
  h3 {
    margin: 0.75rem 0 0.5rem;
    font-size: 1rem;
  }
  ul {
    list-style: none;
    margin: 0;
    padding: 0;
    display: flex;
    flex-direction: column;
    gap: 0.5rem;
  }
  li {
    display: grid;
    grid-template-columns: 5.5rem 1fr;
    gap: 0.25rem 0.75rem;
    padding: 0.5rem 0;
    border-top: 1px solid var(--portal-border, #e5e7eb);
  }
  li:first-child {
    border-top: 0;
  }
  .when {
    font-variant-numeric: tabular-nums;
    color: var(--portal-muted, #4b5563);
    font-size: 0.875rem;
  }
  .what strong {
    display: block;
  }
  .detail {
    font-size: 0.875rem;
    color: var(--portal-muted, #4b5563);
  }
  .flag {
    display: inline-block;
    margin-right: 0.375rem;
    padding: 0 0.5rem;
    border-radius: 999px;
    font-size: 0.75rem;
    font-weight: 600;
    background: #fef3c7;
    color: #78350f;
  }
  .flag.done {
    background: #dcfce7;
    color: #14532d;
  }
  @media (min-width: 700px) {
    .grid {
      grid-template-columns: repeat(2, minmax(0, 1fr));
    }
    .schedule {
      grid-row: span 2;
    }
  }
  @media (min-width: 1100px) {
    .grid {
      grid-template-columns: repeat(3, minmax(0, 1fr));
    }
  }
`;
