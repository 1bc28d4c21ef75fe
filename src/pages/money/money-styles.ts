import { css } from 'lit';

/** The money pages: amount columns, status badges, the forms' fields. */
export const moneyStyles = css`
  .actions {
    display: flex;
    flex-wrap: wrap;
    gap: 0.5rem;
    margin-top: 1rem;
  }
  ul.items {
    list-style: none;
    margin: 1rem 0 0;
    padding: 0;
    display: flex;
    flex-direction: column;
    gap: 0.75rem;
  }
  .item {
    display: flex;
    flex-direction: column;
    gap: 0.25rem;
  }
  .item p {
    margin: 0;
  }
  .line {
    display: flex;
    justify-content: space-between;
    gap: 0.75rem;
    align-items: baseline;
  }
  .amount {
    font-variant-numeric: tabular-nums;
    font-weight: 700;
    white-space: nowrap;
  }
  .balance {
    font-size: 1.75rem;
    font-weight: 700;
    font-variant-numeric: tabular-nums;
    margin: 0.25rem 0 0;
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
  .badge.pending,
  .badge.unpaid {
    background: #fef3c7;
    color: #78350f;
  }
  .badge.failed,
  .badge.declined,
  .badge.warning {
    background: #fee2e2;
    color: #7f1d1d;
  }
  .badge.succeeded,
  .badge.paid {
    background: #dcfce7;
    color: #14532d;
  }
  .failure,
  .problem {
    color: #b91c1c;
    font-weight: 600;
    margin: 0.25rem 0 0;
  }
  .warning-box {
    margin: 0.75rem 0 0;
    padding: 0.5rem 0.75rem;
    border-left: 4px solid #b91c1c;
    background: #fef2f2;
    color: #7f1d1d;
    border-radius: 4px;
  }
  .tabs {
    display: flex;
    gap: 0.5rem;
    flex-wrap: wrap;
    margin-top: 1rem;
  }
  .tabs a {
    display: inline-flex;
    align-items: center;
    min-height: 44px;
    padding: 0.25rem 1rem;
    border-radius: 999px;
    border: 1px solid var(--portal-primary, #1d4ed8);
    text-decoration: none;
    font-weight: 600;
  }
  .tabs a[aria-current='page'] {
    background: var(--portal-primary, #1d4ed8);
    color: #fff;
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
    font-weight: normal;
    display: flex;
    align-items: center;
    gap: 0.5rem;
    min-height: 44px;
  }
  .choice input {
    width: 1.25rem;
    height: 1.25rem;
  }
  input[type='date'],
  input[type='text'],
  input[type='email'],
  input[inputmode],
  select {
    font: inherit;
    min-height: 44px;
    padding: 0.5rem;
    border: 1px solid #6b7280;
    border-radius: 8px;
    max-width: 24rem;
    width: 100%;
    background: #fff;
    color: #111827;
  }
  input[aria-invalid='true'] {
    border-color: #b91c1c;
  }
  .inline-form {
    display: flex;
    flex-direction: row;
    flex-wrap: wrap;
    gap: 0.5rem 0.75rem;
    align-items: flex-end;
    margin-top: 1rem;
  }
  .inline-form .field {
    flex: 1 1 10rem;
  }
  .inline-form .problem,
  .inline-form [role='status'] {
    flex-basis: 100%;
    margin: 0;
  }
  section.card,
  empty-state,
  h2.section {
    margin-top: 1.25rem;
  }
  .line > span:first-child {
    display: flex;
    flex-direction: column;
    min-width: 0;
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
  .total {
    display: flex;
    justify-content: space-between;
    font-size: 1.125rem;
    font-weight: 700;
    margin-top: 1rem;
    padding-top: 0.75rem;
    border-top: 2px solid var(--portal-border, #d6dae1);
  }
`;
