import { css } from 'lit';

export const attendanceStyles = css`
  .term-head {
    display: flex;
    flex-wrap: wrap;
    align-items: baseline;
    gap: 0.25rem 0.75rem;
  }
  .term-head h2 {
    margin: 0;
  }
  .tables {
    display: grid;
    grid-template-columns: repeat(auto-fit, minmax(min(100%, 20rem), 1fr));
    gap: 0 2rem;
    align-items: start;
  }
  .tables > * {
    min-width: 0;
  }
  tr.total th,
  tr.total td {
    font-weight: 700;
  }
  caption {
    text-align: left;
    font-weight: 700;
    padding: 0.75rem 0 0.375rem;
  }
  td.num,
  th.num {
    text-align: right;
    font-variant-numeric: tabular-nums;
  }
  tbody th {
    font-weight: 600;
  }
  .split {
    display: block;
  }
  .zero {
    color: var(--portal-muted, #4b5563);
  }
  ul.rows > li {
    display: grid;
    grid-template-columns: 5.5rem 1fr;
    gap: 0.125rem 0.75rem;
  }
  .when {
    font-size: 0.875rem;
    color: var(--portal-muted, #4b5563);
    font-variant-numeric: tabular-nums;
  }
  .what {
    display: flex;
    flex-direction: column;
    gap: 0.125rem;
    min-width: 0;
  }
  .what .line {
    display: flex;
    flex-wrap: wrap;
    gap: 0.25rem 0.5rem;
    align-items: center;
  }
  .code {
    font-family: ui-monospace, monospace;
    font-size: 0.8125rem;
    padding: 0 0.375rem;
    border: 1px solid #9ca3af;
    border-radius: 4px;
  }
  .comment {
    font-style: italic;
  }
  @media (max-width: 499px) {
    /* Spanish labels are long: a smaller table still fits four columns on a phone. */
    table {
      font-size: 0.8125rem;
    }
    th,
    td {
      padding: 0.375rem 0.125rem;
    }
    thead th {
      font-size: 0.75rem;
    }
  }
  @media (min-width: 700px) {
    ul.rows > li {
      grid-template-columns: 8rem 1fr;
    }
  }
`;
