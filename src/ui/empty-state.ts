import { LitElement, css, html } from 'lit';
import { baseStyles } from './styles.ts';

/**
 * Says what is missing and why, e.g. "No classes today" with "It is not a
 * school day." underneath. Slotted content (a link, a button) follows.
 */
export class EmptyState extends LitElement {
  static override styles = [
    baseStyles,
    css`
      :host {
        display: block;
        padding: 1rem;
        border: 1px dashed var(--portal-border, #d6dae1);
        border-radius: 12px;
        text-align: center;
      }
      p {
        margin: 0.25rem 0;
      }
      .heading {
        font-weight: 600;
      }
    `,
  ];

  static override properties = {
    heading: {},
    reason: {},
  };

  /** What is missing. */
  declare heading: string;
  /** Why, or what the person can do. */
  declare reason: string;

  constructor() {
    super();
    this.heading = '';
    this.reason = '';
  }

  override render() {
    return html`
      <p class="heading">${this.heading}</p>
      ${this.reason ? html`<p class="muted">${this.reason}</p>` : null}
      <slot></slot>
    `;
  }
}

customElements.define('empty-state', EmptyState);

declare global {
  interface HTMLElementTagNameMap {
    'empty-state': EmptyState;
  }
}
