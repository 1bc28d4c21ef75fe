import { css } from 'lit';

export const scheduleStyles = css`
  .term {
    min-width: 16rem;
  }
  ul.rows > li {
    display: grid;
    grid-template-columns: 6.5rem 1fr;
    gap: 0.125rem 0.75rem;
  }
  .when {
    font-size: 0.875rem;
    color: var(--portal-muted, #4b5563);
    font-variant-numeric: tabular-nums;
  }
  .what strong {
    display: block;
  }
  .days {
    display: block;
    font-size: 0.875rem;
    color: #92400e;
  }
  @media (min-width: 700px) {
    ul.rows > li {
      grid-template-columns: 10rem 1fr;
    }
  }
`;
