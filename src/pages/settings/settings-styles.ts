import { css } from 'lit';

/** Settings: sections as cards, a compact contact grid that fits a phone. */
export const settingsStyles = css`
  :host {
    display: block;
  }
  form {
    display: flex;
    flex-direction: column;
    gap: 1rem;
    max-width: 40rem;
  }
  fieldset {
    margin: 0;
    display: flex;
    flex-direction: column;
    gap: 0.75rem;
  }
  legend {
    font-weight: 700;
    font-size: 1.125rem;
    padding: 0 0.25rem;
  }
  select,
  input[type='text'] {
    min-height: 44px;
    padding: 0.5rem 0.75rem;
    border: 1px solid #6b7280;
    border-radius: 8px;
    background: #fff;
    color: #111827;
    max-width: 100%;
  }
  .check input,
  td input {
    width: 1.5rem;
    height: 1.5rem;
    margin: 0;
  }
  table {
    border-collapse: collapse;
    width: 100%;
  }
  th,
  td {
    padding: 0.375rem 0.25rem;
    text-align: center;
    border-bottom: 1px solid var(--portal-border, #d6dae1);
  }
  th[scope='row'] {
    text-align: left;
    font-weight: 600;
  }
  .status {
    margin: 0;
    padding: 0.75rem 1rem;
    border-radius: 8px;
    border: 1px solid #93c5fd;
    background: #eff6ff;
  }
  .sticky {
    position: sticky;
    bottom: 0;
    padding: 0.75rem 0;
    background: var(--portal-background, #f4f6f9);
  }
  .links a {
    display: inline-flex;
    min-height: 44px;
    align-items: center;
    color: var(--portal-primary, #1d4ed8);
  }
  h1 {
    margin: 0 0 1rem;
    font-size: 1.5rem;
  }
  h2 {
    margin: 0 0 0.5rem;
    font-size: 1.125rem;
  }
  section.links {
    margin-top: 1rem;
    max-width: 40rem;
  }
  p {
    margin: 0;
  }
`;
