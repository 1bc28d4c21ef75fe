import { LitElement, css, html } from 'lit';
import { I18nController } from '../i18n/i18n-controller.ts';
import { t } from '../i18n/i18n.ts';
import type { AppErrorCode } from '../data/app-error.ts';
import { baseStyles } from './styles.ts';

/** An error in the person's language, announced by screen readers. */
export class ErrorMessage extends LitElement {
  static override styles = [
    baseStyles,
    css`
      :host {
        display: block;
      }
      :host([hidden]) {
        display: none;
      }
      div {
        padding: 0.75rem 1rem;
        border-radius: 8px;
        border: 1px solid #b91c1c;
        background: #fef2f2;
        color: #7f1d1d;
      }
    `,
  ];

  static override properties = { code: {} };

  /** The error's code; its message comes from the errors catalogue. */
  declare code: AppErrorCode | undefined;

  constructor() {
    super();
    new I18nController(this);
  }

  override render() {
    return html`<div role="alert">${this.code ? t(`errors:${this.code}`) : ''}</div>`;
  }
}

customElements.define('error-message', ErrorMessage);

declare global {
  interface HTMLElementTagNameMap {
    'error-message': ErrorMessage;
  }
}
