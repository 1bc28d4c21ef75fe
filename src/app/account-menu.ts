import { LitElement, css, html } from 'lit';
import type { SessionResponse } from '../api/account.ts';
import { I18nController } from '../i18n/i18n-controller.ts';
import { t } from '../i18n/i18n.ts';
import { baseStyles } from '../ui/styles.ts';
import { portalEvent } from './events.ts';

/** The account button: who is signed in, in which district, and Sign out. */
export class AccountMenu extends LitElement {
  static override styles = [
    baseStyles,
    css`
      :host {
        position: relative;
        display: inline-block;
      }
      .toggle {
        min-width: 44px;
        min-height: 44px;
        border-radius: 50%;
        border: 2px solid currentColor;
        background: transparent;
        color: inherit;
        font-weight: 700;
        cursor: pointer;
      }
      .panel {
        position: absolute;
        right: 0;
        top: calc(100% + 0.5rem);
        z-index: 20;
        min-width: 16rem;
        padding: 1rem;
        border-radius: 12px;
        border: 1px solid var(--portal-border, #d6dae1);
        background: #fff;
        color: #111827;
        box-shadow: 0 8px 24px rgb(0 0 0 / 18%);
      }
      .panel p {
        margin: 0 0 0.25rem;
      }
      .panel .button {
        width: 100%;
        margin-top: 0.75rem;
      }
    `,
  ];

  static override properties = {
    session: { attribute: false },
    open: { state: true },
  };

  /** The signed-in guardian. */
  declare session: SessionResponse | undefined;
  declare open: boolean;

  constructor() {
    super();
    new I18nController(this);
    this.open = false;
  }

  override connectedCallback(): void {
    super.connectedCallback();
    document.addEventListener('click', this.handleOutsideClick);
  }

  override disconnectedCallback(): void {
    super.disconnectedCallback();
    document.removeEventListener('click', this.handleOutsideClick);
  }

  override render() {
    const guardian = this.session?.guardian;
    const initials = guardian ? `${guardian.firstName[0] ?? ''}${guardian.lastName[0] ?? ''}` : '?';
    // The accessible name holds the initials it shows (WCAG 2.5.3, label in name).
    return html`
      <button
        class="toggle"
        aria-expanded=${this.open ? 'true' : 'false'}
        aria-controls="account-panel"
        aria-label=${`${t('account.menu')}, ${initials}`}
        @click=${this.handleToggle}
        @keydown=${this.handleKeydown}
      >
        ${initials}
      </button>
      <div id="account-panel" class="panel" ?hidden=${!this.open} @keydown=${this.handleKeydown}>
        ${guardian
          ? html`<p><strong>${guardian.firstName} ${guardian.lastName}</strong></p>
              <p class="muted">${this.session?.account.username}</p>
              <p class="muted">${this.session?.district.name}, ${this.session?.district.state}</p>`
          : null}
        <button class="button secondary" @click=${this.handleSignOut}>
          ${t('account.signOut')}
        </button>
      </div>
    `;
  }

  handleToggle() {
    this.open = !this.open;
  }

  handleKeydown = (event: KeyboardEvent) => {
    if (event.key !== 'Escape' || !this.open) return;
    this.open = false;
    this.renderRoot.querySelector<HTMLButtonElement>('.toggle')?.focus();
  };

  handleOutsideClick = (event: MouseEvent) => {
    if (this.open && !event.composedPath().includes(this)) this.open = false;
  };

  handleSignOut() {
    this.open = false;
    this.dispatchEvent(portalEvent('portal-sign-out', {}));
  }
}

customElements.define('account-menu', AccountMenu);

declare global {
  interface HTMLElementTagNameMap {
    'account-menu': AccountMenu;
  }
}
