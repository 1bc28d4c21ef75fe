import { css } from 'lit';

export const assignmentsStyles = css`
  .count {
    margin: 0.75rem 0 0;
  }
  ul.rows > li {
    display: grid;
    grid-template-columns: 1fr auto;
    gap: 0.25rem 0.75rem;
    align-items: start;
  }
  .title {
    font-weight: 600;
    display: inline-block;
    padding: 0.125rem 0;
  }
  .title:hover {
    text-decoration-thickness: 2px;
  }
  .score {
    text-align: right;
    font-variant-numeric: tabular-nums;
    white-space: nowrap;
  }
  .score .percent {
    display: block;
    font-size: 0.875rem;
    color: var(--portal-muted, #4b5563);
  }
  .what {
    display: flex;
    flex-direction: column;
    gap: 0.25rem;
    min-width: 0;
  }
  dl {
    display: grid;
    grid-template-columns: minmax(7rem, max-content) 1fr;
    gap: 0.5rem 1rem;
    margin: 0;
  }
  dt {
    font-weight: 600;
    color: var(--portal-muted, #4b5563);
  }
  dd {
    margin: 0;
  }
  dd .score {
    text-align: left;
  }
  .back {
    display: inline-block;
    margin-bottom: 0.75rem;
    padding: 0.5rem 0;
  }
  .comment {
    white-space: pre-line;
  }
  @media (min-width: 700px) {
    .filters select {
      min-width: 14rem;
    }
  }
`;
