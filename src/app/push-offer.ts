import { LitElement, css, html, nothing } from 'lit';
import type { SessionResponse } from '../api/account.ts';
import { readMeta, writeMeta, type PortalDb } from '../data/db.ts';
import { I18nController } from '../i18n/i18n-controller.ts';
import { t } from '../i18n/i18n.ts';
import { baseStyles } from '../ui/styles.ts';
import { isKiosk } from './kiosk.ts';

/**
 * Offers push notifications after a "stay logged in" sign-in on a device
 * that is not a kiosk. Permission is asked only when the person taps the
 * button; "Not now" is remembered on this device.
 */
export class PushOffer extends LitElement {
  static override styles = [
    baseStyles,
    css`
      :host {
        display: block;
      }
      .offer {
        display: flex;
        flex-wrap: wrap;
        align-items: center;
        gap: 0.5rem 1rem;
        margin: 0 0 1rem;
        padding: 0.75rem 1rem;
        border: 1px solid #93c5fd;
        border-radius: 8px;
        background: #eff6ff;
      }
      p {
        margin: 0;
        flex: 1 1 16rem;
      }
    `,
  ];

  static override properties = {
    db: { attribute: false },
    session: { attribute: false },
    state: { state: true },
  };

  declare db: PortalDb | undefined;
  declare session: SessionResponse | undefined;
  declare state: 'hidden' | 'offered' | 'working' | 'blocked';

  constructor() {
    super();
    new I18nController(this);
    this.state = 'hidden';
  }

  override connectedCallback(): void {
    super.connectedCallback();
    void this.#decide();
  }

  async #decide(): Promise<void> {
    const { pushSupported } = await import('./push-subscribe.ts');
    if (!this.db || !this.session?.stayLoggedIn || isKiosk() || !pushSupported()) return;
    if (Notification.permission !== 'default') return;
    if (await readMeta(this.db, 'pushOffer')) return;
    this.state = 'offered';
  }

  override render() {
    if (this.state === 'hidden') return nothing;
    if (this.state === 'blocked') {
      return html`<div class="offer" role="status"><p>${t('push.blocked')}</p></div>`;
    }
    return html`<div class="offer">
      <p>${t('push.offer')}</p>
      <button class="button" ?disabled=${this.state === 'working'} @click=${this.#accept}>
        ${t('push.turnOn')}
      </button>
      <button class="button secondary" @click=${this.#decline}>${t('push.notNow')}</button>
    </div>`;
  }

  #accept = async () => {
    this.state = 'working';
    try {
      const { turnOnPush } = await import('./push-subscribe.ts');
      const permission = await turnOnPush();
      if (permission === 'granted') {
        if (this.db) await writeMeta(this.db, 'pushOffer', 'subscribed');
        this.state = 'hidden';
      } else {
        if (this.db) await writeMeta(this.db, 'pushOffer', 'declined');
        this.state = 'blocked';
      }
    } catch {
      this.state = 'offered';
    }
  };

  #decline = async () => {
    if (this.db) await writeMeta(this.db, 'pushOffer', 'declined');
    this.state = 'hidden';
  };
}

customElements.define('push-offer', PushOffer);

declare global {
  interface HTMLElementTagNameMap {
    'push-offer': PushOffer;
  }
}
