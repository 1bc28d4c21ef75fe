import { LitElement, css, html } from 'lit';
import { I18nController } from '../i18n/i18n-controller.ts';
import { t } from '../i18n/i18n.ts';
import { baseStyles } from '../ui/styles.ts';
import { portalEvent } from './events.ts';

/**
 * The bar at the top: the menu button (phone), the portal's name and the
 * district, then the pickers and the account menu slotted at the end.
 */
export class AppToolbar extends LitElement {
  static override styles = [
    baseStyles,
    css`
      :host {
        display: block;
        background: #1e3a8a;
        color: #fff;
        --picker-background: #1e3a8a;
        --picker-color: #fff;
        --portal-focus: #fbbf24;
      }
      header {
        display: flex;
        align-items: center;
        gap: 0.5rem;
        padding: 0.5rem 0.75rem;
        min-height: 56px;
        flex-wrap: wrap;
      }
      .menu-button {
        min-width: 44px;
        min-height: 44px;
        border-radius: 8px;
        border: 1px solid rgb(255 255 255 / 60%);
        background: transparent;
        color: inherit;
        cursor: pointer;
        font-size: 0.875rem;
        font-weight: 600;
      }
      .title {
        flex: 1 1 auto;
        min-width: 0;
        display: flex;
        flex-direction: column;
      }
      .title strong {
        font-size: 1.0625rem;
      }
      .title span {
        font-size: 0.8125rem;
        opacity: 0.9;
        overflow: hidden;
        text-overflow: ellipsis;
        white-space: nowrap;
      }
      .end {
        display: flex;
        align-items: center;
        gap: 0.5rem;
        flex-wrap: wrap;
        justify-content: flex-end;
      }
      @media (min-width: 700px) {
        .menu-button {
          display: none;
        }
        header {
          padding: 0.5rem 1.25rem;
        }
      }
    `,
  ];

  static override properties = {
    district: {},
    menuOpen: { type: Boolean, attribute: 'menu-open' },
    showMenuButton: { type: Boolean, attribute: 'show-menu-button' },
  };

  /** The district's name, under the portal's. */
  declare district: string;
  /** Whether the phone menu is open. */
  declare menuOpen: boolean;
  /** False on pages without a menu (sign-in). */
  declare showMenuButton: boolean;

  constructor() {
    super();
    new I18nController(this);
    this.district = '';
    this.menuOpen = false;
    this.showMenuButton = true;
  }

  override render() {
    return html`
      <header>
        ${this.showMenuButton
          ? html`<button
              class="menu-button"
              aria-expanded=${this.menuOpen ? 'true' : 'false'}
              @click=${this.handleMenu}
            >
              ${t('menu.open')}
            </button>`
          : null}
        <div class="title">
          <strong>${t('app.name')}</strong>
          ${this.district ? html`<span>${this.district}</span>` : null}
        </div>
        <div class="end"><slot></slot></div>
      </header>
    `;
  }

  handleMenu() {
    this.dispatchEvent(portalEvent('portal-menu-toggle', {}));
  }
}

customElements.define('app-toolbar', AppToolbar);

declare global {
  interface HTMLElementTagNameMap {
    'app-toolbar': AppToolbar;
  }
}
