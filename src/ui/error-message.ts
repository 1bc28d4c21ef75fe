import { LitElement, css, html } from 'lit';
import { I18nController } from '../i18n/i18n-controller.ts';
import i18next from 'i18next';
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

  static override properties = { code: {}, params: { attribute: false } };

  /** The error's code; its message comes from the errors catalogue. */
  declare code: AppErrorCode | undefined;

  /**
   * Numbers the server sent with the refusal: the catalogue's `<code>_detail`
   * says them after the message (a password's rules).
   */
  declare params: Record<string, number> | undefined;

  constructor() {
    super();
    new I18nController(this);
  }

  override render() {
    if (!this.code) return html`<div role="alert"></div>`;
    const detailKey = `errors:${this.code}_detail`;
    const detail = this.params && i18next.exists(detailKey) ? ` ${t(detailKey, this.params)}` : '';
    return html`<div role="alert">${t(`errors:${this.code}`)}${detail}</div>`;
  }
}

customElements.define('error-message', ErrorMessage);

declare global {
  interface HTMLElementTagNameMap {
    'error-message': ErrorMessage;
  }
}
