import { LitElement, css, html } from 'lit';
import { I18nController } from '../i18n/i18n-controller.ts';
import { t } from '../i18n/i18n.ts';
import { baseStyles } from '../ui/styles.ts';

/**
 * "Update available — Reload". The new service worker waits until the
 * person taps Reload, so open tabs never mix two versions of the app.
 */
export class UpdatePrompt extends LitElement {
  static override styles = [
    baseStyles,
    css`
      :host {
        position: fixed;
        inset: auto 1rem 1rem;
        z-index: 50;
        display: flex;
        justify-content: center;
        pointer-events: none;
      }
      div {
        pointer-events: auto;
        display: flex;
        align-items: center;
        gap: 1rem;
        padding: 0.75rem 1rem;
        border-radius: 12px;
        background: #111827;
        color: #fff;
        box-shadow: 0 8px 24px rgb(0 0 0 / 25%);
      }
      .button {
        background: #fff;
        color: #111827;
        border-color: #fff;
      }
    `,
  ];

  static override properties = { busy: { state: true } };

  /** Called when the person accepts the update. */
  onAccept: (() => void) | undefined;
  declare busy: boolean;

  constructor() {
    super();
    new I18nController(this);
    this.busy = false;
  }

  override render() {
    return html`
      <div role="status">
        <span>${t('update.available')}</span>
        <button class="button" ?disabled=${this.busy} @click=${this.handleReload}>
          ${t('update.reload')}
        </button>
      </div>
    `;
  }

  handleReload() {
    this.busy = true;
    this.onAccept?.();
  }
}

customElements.define('update-prompt', UpdatePrompt);

declare global {
  interface HTMLElementTagNameMap {
    'update-prompt': UpdatePrompt;
  }
}
