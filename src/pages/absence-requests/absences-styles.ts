import { css } from 'lit';

/** Absence requests: request cards with a status badge, the form's groups. */
export const absencesStyles = css`
  .actions {
    display: flex;
    flex-wrap: wrap;
    gap: 0.5rem;
    margin-top: 1rem;
  }
  ul.requests {
    list-style: none;
    margin: 1rem 0 0;
    padding: 0;
    display: flex;
    flex-direction: column;
    gap: 0.75rem;
  }
  .request {
    display: flex;
    flex-direction: column;
    gap: 0.25rem;
  }
  .request a {
    color: inherit;
    font-weight: 600;
  }
  .request p {
    margin: 0;
  }
  .badge {
    align-self: flex-start;
    padding: 0.125rem 0.5rem;
    border-radius: 999px;
    font-size: 0.875rem;
    font-weight: 600;
    background: #e5e7eb;
    color: #1f2937;
  }
  .badge.waiting,
  .badge.sending,
  .badge.submitted {
    background: #fef3c7;
    color: #78350f;
  }
  .badge.failed,
  .badge.denied {
    background: #fee2e2;
    color: #7f1d1d;
  }
  .badge.approved {
    background: #dcfce7;
    color: #14532d;
  }
  .failure {
    color: #7f1d1d;
  }
  fieldset {
    border: 1px solid var(--portal-border, #d6dae1);
    border-radius: 8px;
    padding: 0.75rem 1rem;
    margin: 0;
  }
  legend {
    font-weight: 600;
    padding: 0 0.25rem;
  }
  .choice {
    display: flex;
    align-items: center;
    gap: 0.5rem;
    min-height: 44px;
  }
  .choice input {
    width: 1.25rem;
    height: 1.25rem;
  }
  .problem {
    color: #b91c1c;
    font-weight: 600;
    margin: 0.25rem 0 0;
  }
  .counter {
    font-size: 0.875rem;
    margin: 0.25rem 0 0;
  }
  .counter.over {
    color: #b91c1c;
    font-weight: 600;
  }
  dl + h2 {
    margin-top: 1.5rem;
  }
  dl {
    display: grid;
    grid-template-columns: max-content 1fr;
    gap: 0.5rem 1rem;
    margin: 1rem 0 0;
  }
  dt {
    font-weight: 600;
  }
  dd {
    margin: 0;
  }
  input[type='date'],
  input[type='time'],
  select,
  textarea {
    font: inherit;
    min-height: 44px;
    padding: 0.5rem;
    border: 1px solid #6b7280;
    border-radius: 8px;
    max-width: 24rem;
  }
  textarea {
    min-height: 5rem;
    max-width: 36rem;
  }
`;
