import { LitElement, css, html } from 'lit';
import { I18nController } from '../i18n/i18n-controller.ts';
import { t } from '../i18n/i18n.ts';
import { baseStyles } from '../ui/styles.ts';

export type SignOutChoice = 'stay' | 'discard';

/**
 * Signing out with changes the server has not taken (offline, or refused
 * and not yet edited): sign-out wipes the device, so the person chooses:
 * stay signed in (and send them later), or discard them and sign out.
 * There is no "send after sign-out": without the session nothing could
 * send them, and on a shared device they must not wait for the next family.
 */
export class SignOutPrompt extends LitElement {
  static override styles = [
    baseStyles,
    css`
      dialog {
        max-width: 26rem;
        border: none;
        border-radius: 12px;
        padding: 1.25rem;
        box-shadow: 0 12px 32px rgb(0 0 0 / 30%);
      }
      dialog::backdrop {
        background: rgb(17 24 39 / 60%);
      }
      h2 {
        margin: 0 0 0.5rem;
        font-size: 1.25rem;
      }
      p {
        margin: 0 0 1rem;
      }
      .actions {
        display: flex;
        flex-wrap: wrap;
        gap: 0.5rem;
      }
    `,
  ];

  static override properties = { unsent: { type: Number } };

  /** How many changes would be lost. */
  declare unsent: number;
  /** Called with the person's choice. */
  onChoice: ((choice: SignOutChoice) => void) | undefined;

  constructor() {
    super();
    new I18nController(this);
    this.unsent = 0;
  }

  override firstUpdated(): void {
    this.renderRoot.querySelector('dialog')?.showModal();
  }

  override render() {
    return html`<dialog aria-labelledby="heading" aria-describedby="body" @cancel=${this.handleStay}>
      <h2 id="heading">${t('signOut.unsentHeading')}</h2>
      <p id="body">${t('signOut.unsent', { count: this.unsent })}</p>
      <div class="actions">
        <button class="button" autofocus @click=${this.handleStay}>${t('signOut.stay')}</button>
        <button class="button secondary" @click=${this.handleDiscard}>
          ${t('signOut.discard')}
        </button>
      </div>
    </dialog>`;
  }

  handleStay = (event?: Event) => {
    event?.preventDefault();
    this.onChoice?.('stay');
  };

  handleDiscard = () => this.onChoice?.('discard');
}

customElements.define('sign-out-prompt', SignOutPrompt);

declare global {
  interface HTMLElementTagNameMap {
    'sign-out-prompt': SignOutPrompt;
  }
}
