import { LitElement, css, html } from 'lit';
import { I18nController } from '../i18n/i18n-controller.ts';
import { t } from '../i18n/i18n.ts';
import { formatTimeAgo } from '../i18n/format.ts';
import { baseStyles } from './styles.ts';

/** "Updated 5 minutes ago", kept current while the page is open. */
export class UpdatedAgo extends LitElement {
  static override styles = [
    baseStyles,
    css`
      :host {
        display: inline;
        color: var(--portal-muted, #4b5563);
        font-size: 0.875rem;
      }
    `,
  ];

  static override properties = { at: { type: Number } };

  /** When the data was last brought up to date (ms); 0 or missing: never. */
  declare at: number | undefined;
  #timer: ReturnType<typeof setInterval> | undefined;

  constructor() {
    super();
    new I18nController(this);
  }

  override connectedCallback(): void {
    super.connectedCallback();
    this.#timer = setInterval(() => this.requestUpdate(), 30_000);
  }

  override disconnectedCallback(): void {
    super.disconnectedCallback();
    clearInterval(this.#timer);
  }

  override render() {
    if (!this.at) return html`${t('sync.never')}`;
    if (Date.now() - this.at < 60_000) return html`${t('sync.justNow')}`;
    return html`${t('sync.updated', { ago: formatTimeAgo(this.at) })}`;
  }
}

customElements.define('updated-ago', UpdatedAgo);

declare global {
  interface HTMLElementTagNameMap {
    'updated-ago': UpdatedAgo;
  }
}
