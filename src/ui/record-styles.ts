import { css } from 'lit';

/**
 * What the student record pages (Calendar, Schedule, Assignments, Grades,
 * Attendance) share: headings, filter bars, lists of rows, small print.
 */
export const recordStyles = css`
  :host {
    display: block;
    /* Wide content (tables, tab rows) scrolls inside the page instead of widening the shell. */
    contain: inline-size;
  }
  h1 {
    margin: 0;
    font-size: 1.5rem;
  }
  h2 {
    margin: 0 0 0.75rem;
    font-size: 1.125rem;
  }
  h3 {
    margin: 1rem 0 0.5rem;
    font-size: 1rem;
  }
  .lede {
    margin: 0.25rem 0 0;
  }
  .note {
    margin: 0.75rem 0 0;
    padding: 0.5rem 0.75rem;
    border-left: 4px solid var(--portal-primary, #1d4ed8);
    background: #eff6ff;
    border-radius: 4px;
  }
  .stack {
    display: flex;
    flex-direction: column;
    gap: 1rem;
    margin-top: 1rem;
  }
  .card.stack {
    gap: 0.5rem;
  }
  .card.stack > h2,
  .card.stack > h3,
  .card.stack > p {
    margin: 0;
  }
  .filters {
    display: flex;
    flex-wrap: wrap;
    gap: 0.75rem 1rem;
    align-items: flex-end;
    margin-top: 1rem;
  }
  .filters label {
    display: flex;
    flex-direction: column;
    gap: 0.25rem;
    font-size: 0.875rem;
    font-weight: 600;
  }
  select {
    font-weight: normal;
    min-height: 44px;
    max-width: 100%;
    padding: 0.25rem 0.5rem;
    border-radius: 8px;
    border: 1px solid #6b7280;
    background: #fff;
    color: #111827;
  }
  ul.rows {
    list-style: none;
    margin: 0;
    padding: 0;
  }
  ul.rows > li {
    padding: 0.625rem 0;
    border-top: 1px solid var(--portal-border, #e5e7eb);
  }
  ul.rows > li:first-child {
    border-top: 0;
  }
  .detail {
    font-size: 0.875rem;
    color: var(--portal-muted, #4b5563);
  }
  .time {
    white-space: nowrap;
  }
  .nums {
    font-variant-numeric: tabular-nums;
  }
  a {
    color: var(--portal-primary, #1d4ed8);
  }
  table {
    border-collapse: collapse;
    width: 100%;
  }
  th,
  td {
    text-align: left;
    padding: 0.375rem 0.25rem;
    border-bottom: 1px solid var(--portal-border, #e5e7eb);
    vertical-align: top;
  }
  thead th {
    font-size: 0.8125rem;
    color: var(--portal-muted, #4b5563);
  }
  .scroll {
    overflow-x: auto;
  }
`;
