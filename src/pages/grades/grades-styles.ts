import { css } from 'lit';

export const gradesStyles = css`
  .term-head {
    display: flex;
    flex-wrap: wrap;
    align-items: baseline;
    gap: 0.25rem 0.75rem;
    margin-bottom: 0.25rem;
  }
  .term-head h2 {
    margin: 0;
  }
  h3 {
    display: flex;
    flex-wrap: wrap;
    gap: 0.25rem 0.5rem;
    align-items: baseline;
    padding-top: 0.5rem;
    border-top: 2px solid var(--portal-border, #e5e7eb);
  }
  h3 .detail {
    font-weight: normal;
  }
  ul.rows > li {
    display: grid;
    grid-template-columns: 1fr auto;
    gap: 0.25rem 0.75rem;
  }
  .what {
    display: flex;
    flex-direction: column;
    gap: 0.125rem;
    min-width: 0;
  }
  .mark {
    text-align: right;
    font-size: 1.25rem;
    font-weight: 700;
    font-variant-numeric: tabular-nums;
    white-space: nowrap;
  }
  .mark .percent {
    display: block;
    font-size: 0.875rem;
    font-weight: normal;
    color: var(--portal-muted, #4b5563);
  }
  .comment {
    grid-column: 1 / -1;
    margin: 0.25rem 0 0;
    padding: 0.375rem 0.625rem;
    background: #f9fafb;
    border-left: 3px solid #9ca3af;
    font-style: italic;
  }
  @media (min-width: 1000px) {
    /* Two courses a row: the mark stays near its course on a wide screen. */
    ul.rows {
      display: grid;
      grid-template-columns: repeat(2, minmax(0, 1fr));
      column-gap: 2.5rem;
    }
    ul.rows > li:nth-child(2) {
      border-top: 0;
    }
  }
`;
