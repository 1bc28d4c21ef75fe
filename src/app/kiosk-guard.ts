import { LitElement, css, html, nothing } from 'lit';
import type { PortalDb } from '../data/db.ts';
import { countUnsent } from '../data/outbox/unsent.ts';
import { I18nController } from '../i18n/i18n-controller.ts';
import { t } from '../i18n/i18n.ts';
import { baseStyles } from '../ui/styles.ts';
import { portalEvent } from './events.ts';
import { IdleTimer, type IdleClock } from './idle-timer.ts';
import { defaultKioskIdleSeconds } from './kiosk.ts';

/**
 * On a kiosk: a banner that says so, and while a family is signed in, the
 * idle timer. Thirty seconds before the idle time ends a dialog warns (and
 * says what unsent changes would be lost); "Stay signed in" or any use of
 * the device starts the time again; at the end it asks the shell to sign
 * out (`portal-sign-out` with reason `idle`).
 */
export class KioskGuard extends LitElement {
  static override styles = [
    baseStyles,
    css`
      :host {
        display: block;
      }
      .banner {
        margin: 0;
        padding: 0.5rem 0.75rem;
        background: #fef3c7;
        color: #78350f;
        border-bottom: 2px solid #b45309;
        font-weight: 600;
        text-align: center;
      }
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
    `,
  ];

  static override properties = {
    active: { type: Boolean },
    idleSeconds: { type: Number },
    db: { attribute: false },
    secondsLeft: { state: true },
    unsent: { state: true },
  };

  /** A family is signed in: the idle timer runs. */
  declare active: boolean;
  /** The district's kiosk idle time (from the session answer). */
  declare idleSeconds: number;
  /** The district's device database, to count unsent changes. */
  declare db: PortalDb | undefined;
  declare secondsLeft: number | undefined;
  declare unsent: number;
  /** Tests pass a fake clock. */
  clock: IdleClock | undefined;

  #timer: IdleTimer | undefined;
  #countdown: number | undefined;

  constructor() {
    super();
    new I18nController(this);
    this.active = false;
    this.idleSeconds = defaultKioskIdleSeconds;
    this.unsent = 0;
  }

  override disconnectedCallback(): void {
    super.disconnectedCallback();
    this.#stop();
  }

  override updated(changed: Map<string, unknown>): void {
    if (changed.has('active') || changed.has('idleSeconds')) {
      this.#stop();
      if (this.active) this.#start();
    }
    const dialog = this.renderRoot.querySelector('dialog');
    if (!dialog) return;
    if (this.secondsLeft !== undefined && !dialog.open) {
      dialog.showModal();
    } else if (this.secondsLeft === undefined && dialog.open) {
      dialog.close();
    }
  }

  override render() {
    const seconds = this.idleSeconds;
    const banner =
      seconds % 60 === 0
        ? t('kiosk:banner', { minutes: seconds / 60 })
        : t('kiosk:bannerSeconds', { seconds });
    return html`
      <aside aria-label=${t('kiosk:setup.heading')}><p class="banner">${banner}</p></aside>
      <dialog aria-labelledby="idle-heading" aria-describedby="idle-body" @cancel=${this.handleStay}>
        ${this.secondsLeft === undefined
          ? nothing
          : html`<h2 id="idle-heading">${t('kiosk:warning.heading')}</h2>
              <div id="idle-body">
                <p role="timer" aria-live="off">
                  ${t('kiosk:warning.body', { seconds: this.secondsLeft })}
                </p>
                ${this.unsent > 0
                  ? html`<p>${t('kiosk:warning.unsent', { count: this.unsent })}</p>`
                  : nothing}
              </div>
              <button class="button" autofocus @click=${this.handleStay}>
                ${t('kiosk:warning.stay')}
              </button>`}
      </dialog>
    `;
  }

  #start(): void {
    const timer = new IdleTimer({ idleMs: this.idleSeconds * 1000, clock: this.clock });
    timer.addEventListener('warn', () => void this.#warn());
    timer.addEventListener('active', () => this.#calm());
    timer.addEventListener('expire', () => {
      this.#calm();
      this.dispatchEvent(portalEvent('portal-sign-out', { reason: 'idle' }));
    });
    this.#timer = timer;
    timer.start();
  }

  #stop(): void {
    this.#timer?.stop();
    this.#timer = undefined;
    this.#calm();
  }

  async #warn(): Promise<void> {
    this.unsent = this.db ? await countUnsent(this.db).catch(() => 0) : 0;
    this.#tick();
  }

  #tick = () => {
    const timer = this.#timer;
    if (!timer?.warning) return;
    const now = this.clock?.now() ?? Date.now();
    this.secondsLeft = Math.max(Math.ceil((timer.deadline - now) / 1000), 0);
    const clock = this.clock ?? window;
    this.#countdown = clock.setTimeout(this.#tick, 1000);
  };

  #calm(): void {
    if (this.#countdown !== undefined) (this.clock ?? window).clearTimeout(this.#countdown);
    this.#countdown = undefined;
    this.secondsLeft = undefined;
  }

  handleStay = (event?: Event) => {
    event?.preventDefault();
    this.#timer?.activity();
  };
}

customElements.define('kiosk-guard', KioskGuard);

declare global {
  interface HTMLElementTagNameMap {
    'kiosk-guard': KioskGuard;
  }
}
