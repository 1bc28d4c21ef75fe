import { LitElement, css, html } from 'lit';
import type { SessionResponse } from '../api/account.ts';
import { I18nController } from '../i18n/i18n-controller.ts';
import { t } from '../i18n/i18n.ts';
import { baseStyles } from '../ui/styles.ts';
import type { DeviceDistrict } from './device-districts.ts';
import { portalEvent } from './events.ts';
import { isKiosk } from './kiosk.ts';

/**
 * The account button: who is signed in, in which district, Settings, the
 * device's other districts (each keeps its own sign-in, so switching signs
 * out of none), adding one, and Sign out (of this district).
 */
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
      .panel ul {
        list-style: none;
        margin: 0.25rem 0 0;
        padding: 0;
      }
      .panel a {
        display: flex;
        align-items: center;
        min-height: 44px;
        color: var(--portal-primary, #1d4ed8);
      }
      .panel h2 {
        margin: 0.75rem 0 0;
        font-size: 0.875rem;
        color: var(--portal-muted, #4b5563);
      }
    `,
  ];

  static override properties = {
    session: { attribute: false },
    districts: { attribute: false },
    current: {},
    open: { state: true },
  };

  /** The signed-in guardian. */
  declare session: SessionResponse | undefined;
  /** The districts this device has chosen. */
  declare districts: DeviceDistrict[];
  /** The slug of this tab's district. */
  declare current: string | undefined;
  declare open: boolean;

  constructor() {
    super();
    new I18nController(this);
    this.open = false;
    this.districts = [];
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
        <a href="/settings" @click=${this.handleClose}>${t('account.settings')}</a>
        ${this.#renderDistricts()}
        <button class="button secondary" @click=${this.handleSignOut}>
          ${t('account.signOut')}
        </button>
      </div>
    `;
  }

  #renderDistricts() {
    // A kiosk serves its own district's families only.
    if (isKiosk()) return null;
    const others = this.districts.filter((district) => district.slug !== this.current);
    // Another district is another device database: a full load (target) starts the app in it.
    return html`
      ${others.length
        ? html`<h2 id="districts">${t('account.otherDistricts')}</h2>
            <ul aria-labelledby="districts">
              ${others.map(
                (district) => html`<li>
                  <a href=${`/?district=${encodeURIComponent(district.slug)}`} target="_self"
                    >${t('account.switchTo', { district: district.name })}</a>
                </li>`,
              )}
            </ul>`
        : null}
      <a href="/districts" @click=${this.handleClose}>${t('account.addDistrict')}</a>
    `;
  }

  handleClose = () => {
    this.open = false;
  };

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
