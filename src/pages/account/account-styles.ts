import { css } from 'lit';

/** The account pages' notes: a success note beside the shared form look. */
export const accountStyles = css`
  .done {
    margin: 0;
    padding: 0.75rem 1rem;
    border-radius: 8px;
    border: 1px solid #15803d;
    background: #f0fdf4;
    color: #14532d;
  }
  p {
    margin: 0 0 1rem;
  }
  .links {
    display: flex;
    flex-direction: column;
    gap: 0.5rem;
    margin-top: 1rem;
  }
  .links a {
    min-height: 44px;
    display: inline-flex;
    align-items: center;
  }
`;
