import { LitElement, css, html, nothing } from 'lit';
import { I18nController } from '../i18n/i18n-controller.ts';
import { t } from '../i18n/i18n.ts';
import { baseStyles } from '../ui/styles.ts';

export interface NavItem {
  name: string;
  href: string;
  label: string;
  current: boolean;
  /** `more`: listed under the "More" group, after the everyday pages. */
  group?: 'more';
}

/**
 * The menu. Phone: a panel the toolbar's Menu button opens. Tablet: a
 * row of tabs under the toolbar. Desktop: a column at the left.
 */
export class AppNav extends LitElement {
  static override styles = [
    baseStyles,
    css`
      :host {
        display: none;
        background: #fff;
        border-bottom: 1px solid var(--portal-border, #d6dae1);
      }
      :host([open]) {
        display: block;
      }
      ul {
        list-style: none;
        margin: 0;
        padding: 0.5rem;
        display: flex;
        flex-direction: column;
        gap: 0.25rem;
      }
      a {
        display: block;
        padding: 0.75rem 1rem;
        border-radius: 8px;
        color: #1f2937;
        text-decoration: none;
        font-weight: 500;
        white-space: nowrap;
      }
      a:hover {
        background: #eef2ff;
      }
      .more-toggle {
        display: block;
        width: 100%;
        padding: 0.75rem 1rem;
        border: 0;
        border-radius: 8px;
        background: transparent;
        color: #1f2937;
        font-weight: 500;
        text-align: start;
        cursor: pointer;
      }
      .more-toggle:hover {
        background: #eef2ff;
      }
      .more-toggle::after {
        content: ' ▾';
      }
      .more-toggle[aria-expanded='true']::after {
        content: ' ▴';
      }
      #more-items {
        display: none;
        padding: 0 0 0 0.75rem;
      }
      #more-items.open {
        display: flex;
      }
      a[aria-current='page'] {
        background: #dbeafe;
        color: #1e3a8a;
        font-weight: 700;
      }
      @media (min-width: 700px) {
        :host {
          display: block;
        }
        /* Tablet and desktop have room: the group's pages follow the others. */
        .more-toggle {
          display: none;
        }
        li.more,
        #more-items,
        #more-items.open {
          display: contents;
        }
        ul {
          flex-direction: row;
          overflow-x: auto;
        }
      }
      @media (min-width: 1100px) {
        :host {
          border-bottom: 0;
          border-right: 1px solid var(--portal-border, #d6dae1);
          min-height: 100%;
        }
        ul {
          flex-direction: column;
          padding: 1rem 0.75rem;
        }
      }
    `,
  ];

  static override properties = {
    moreOpen: { state: true },
    items: { attribute: false },
    open: { type: Boolean, reflect: true },
    label: {},
  };

  /** The menu's entries, in order. */
  declare items: NavItem[];
  /** Phone only: whether the menu panel is shown. */
  declare open: boolean;
  /** The navigation landmark's accessible name. */
  declare label: string;
  /** Phone: the "More" group unfolded or not, once the person chose; else open on its pages. */
  declare moreOpen: boolean | undefined;

  constructor() {
    super();
    new I18nController(this);
    this.items = [];
    this.open = false;
    this.label = '';
    this.moreOpen = undefined;
  }

  override render() {
    const everyday = this.items.filter((item) => !item.group);
    const more = this.items.filter((item) => item.group === 'more');
    return html`
      <nav id="menu" aria-label=${this.label}>
        <ul>
          ${everyday.map((item) => this.#renderItem(item))}
          ${more.length ? this.#renderMore(more) : nothing}
        </ul>
      </nav>
    `;
  }

  #renderMore(more: NavItem[]) {
    const open = this.moreOpen ?? more.some((item) => item.current);
    return html`<li class="more">
      <button class="more-toggle" aria-expanded=${open ? 'true' : 'false'}
        aria-controls="more-items" @click=${() => (this.moreOpen = !open)}>
        ${t('menu.more')}
      </button>
      <ul id="more-items" class=${open ? 'open' : ''}>
        ${more.map((item) => this.#renderItem(item))}
      </ul>
    </li>`;
  }

  #renderItem(item: NavItem) {
    return html`<li>
      <a href=${item.href} aria-current=${item.current ? 'page' : 'false'}>${item.label}</a>
    </li>`;
  }
}

customElements.define('app-nav', AppNav);

declare global {
  interface HTMLElementTagNameMap {
    'app-nav': AppNav;
  }
}
