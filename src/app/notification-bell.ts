import { LitElement, html } from 'lit';
import type { PortalDb } from '../data/db.ts';
import { I18nController } from '../i18n/i18n-controller.ts';
import { t } from '../i18n/i18n.ts';
import { unreadCount } from '../pages/notifications/notifications-data.ts';
import { LiveQueryController } from '../ui/live-query-controller.ts';
import { baseStyles } from '../ui/styles.ts';
import { countBadge, countLinkStyles } from './toolbar-count-link.ts';

/** The toolbar's bell: a link to the notifications with the unread count. */
export class NotificationBell extends LitElement {
  static override styles = [baseStyles, countLinkStyles];

  static override properties = { db: { attribute: false } };

  declare db: PortalDb | undefined;

  #count = new LiveQueryController(
    this,
    async () => (this.db ? unreadCount(this.db) : 0),
    () => [this.db],
  );

  constructor() {
    super();
    new I18nController(this);
  }

  override updated(): void {
    showOnAppBadge(this.#count.value ?? 0);
  }

  override render() {
    const count = this.#count.value ?? 0;
    const label =
      count > 0 ? t('notifications.bellUnread', { count }) : t('notifications.bell');
    return html`<a href="/notifications" aria-label=${label} title=${label}>
      <svg viewBox="0 0 24 24" aria-hidden="true" fill="none" stroke="currentColor"
        stroke-width="2" stroke-linecap="round" stroke-linejoin="round">
        <path d="M18 8a6 6 0 0 0-12 0c0 7-3 9-3 9h18s-3-2-3-9"></path>
        <path d="M13.7 21a2 2 0 0 1-3.4 0"></path>
      </svg>
      ${countBadge(count)}
    </a>`;
  }
}

/** The installed app's icon shows the unread count where the Badging API exists. */
function showOnAppBadge(count: number): void {
  if (!('setAppBadge' in navigator)) return;
  const done = count > 0 ? navigator.setAppBadge(count) : navigator.clearAppBadge();
  // A browser may refuse a badge (not installed, no permission): the bell still shows it.
  done.catch(() => undefined);
}

customElements.define('notification-bell', NotificationBell);

declare global {
  interface HTMLElementTagNameMap {
    'notification-bell': NotificationBell;
  }
}
