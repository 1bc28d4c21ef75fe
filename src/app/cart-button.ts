import { LitElement, html } from 'lit';
import type { PortalDb } from '../data/db.ts';
import { I18nController } from '../i18n/i18n-controller.ts';
import { t } from '../i18n/i18n.ts';
import { cartCount } from '../pages/money/cart-store.ts';
import { LiveQueryController } from '../ui/live-query-controller.ts';
import { baseStyles } from '../ui/styles.ts';
import { countBadge, countLinkStyles } from './toolbar-count-link.ts';

/** The toolbar's cart: a link to the cart with how many lines wait in it. */
export class CartButton extends LitElement {
  static override styles = [baseStyles, countLinkStyles];

  static override properties = { db: { attribute: false } };

  declare db: PortalDb | undefined;

  #count = new LiveQueryController(
    this,
    async () => (this.db ? cartCount(this.db) : 0),
    () => [this.db],
  );

  constructor() {
    super();
    new I18nController(this);
  }

  override render() {
    const count = this.#count.value ?? 0;
    const label = count > 0 ? t('menu.cartCount', { count }) : t('menu.cart');
    return html`<a href="/cart" aria-label=${label} title=${label}>
      <svg
        viewBox="0 0 24 24"
        aria-hidden="true"
        fill="none"
        stroke="currentColor"
        stroke-width="2"
        stroke-linecap="round"
        stroke-linejoin="round"
      >
        <circle cx="9" cy="20" r="1.5"></circle>
        <circle cx="18" cy="20" r="1.5"></circle>
        <path d="M2 3h3l2.7 12.4a2 2 0 0 0 2 1.6h8.6a2 2 0 0 0 2-1.6L22 7H6"></path>
      </svg>
      ${countBadge(count)}
    </a>`;
  }
}

customElements.define('cart-button', CartButton);

declare global {
  interface HTMLElementTagNameMap {
    'cart-button': CartButton;
  }
}
