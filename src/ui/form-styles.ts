import { css } from 'lit';

/** Forms: big touch targets, labels above fields, hints tied to their field. */
export const formStyles = css`
  form {
    display: flex;
    flex-direction: column;
    gap: 1rem;
  }
  .field {
    display: flex;
    flex-direction: column;
    gap: 0.25rem;
  }
  label {
    font-weight: 600;
  }
  input[type='text'],
  input[type='password'],
  input[type='email'] {
    min-height: 44px;
    padding: 0.5rem 0.75rem;
    border: 1px solid #6b7280;
    border-radius: 8px;
    background: #fff;
    color: #111827;
  }
  input[aria-invalid='true'] {
    border-color: #b91c1c;
  }
  .check {
    display: grid;
    grid-template-columns: auto 1fr;
    gap: 0.25rem 0.75rem;
    align-items: start;
  }
  .check input {
    width: 1.5rem;
    height: 1.5rem;
    margin: 0;
  }
  .hint {
    font-size: 0.875rem;
    color: var(--portal-muted, #4b5563);
    font-weight: normal;
  }
  .actions {
    display: flex;
    gap: 0.75rem;
    flex-wrap: wrap;
  }
  .auth {
    width: 100%;
    max-width: 28rem;
    margin: 1rem auto;
  }
  h1 {
    margin: 0 0 1rem;
    font-size: 1.5rem;
  }
  a {
    color: var(--portal-primary, #1d4ed8);
  }
`;
