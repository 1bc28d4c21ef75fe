import { LitElement, css, html, nothing } from 'lit';
import type { Notification } from '../../api/notifications.ts';
import type { PageContext } from '../../app/page-context.ts';
import { formatInstant } from '../../i18n/format.ts';
import { I18nController } from '../../i18n/i18n-controller.ts';
import { t } from '../../i18n/i18n.ts';
import '../../ui/empty-state.ts';
import { LiveQueryController } from '../../ui/live-query-controller.ts';
import { recordStyles } from '../../ui/record-styles.ts';
import { baseStyles } from '../../ui/styles.ts';
import { notificationText } from './notification-text.ts';
import { listNotifications, markAllRead, markRead, refreshNotifications } from './notifications-data.ts';

/**
 * The bell's list: newest first, unread ones marked. Opening one marks it
 * read (through the outbox, so offline too) and goes to its page.
 */
export class NotificationsPage extends LitElement {
  static override styles = [
    baseStyles,
    recordStyles,
    css`
      ul {
        list-style: none;
        margin: 1rem 0 0;
        padding: 0;
        display: flex;
        flex-direction: column;
        gap: 0.5rem;
      }
      li.unread {
        border-left: 4px solid var(--portal-primary, #1d4ed8);
      }
      a,
      .plain {
        color: inherit;
        text-decoration: none;
        display: block;
      }
      a:hover strong {
        text-decoration: underline;
      }
      p {
        margin: 0.25rem 0 0;
      }
      .top {
        display: flex;
        flex-wrap: wrap;
        align-items: center;
        justify-content: space-between;
        gap: 0.5rem;
      }
    `,
  ];

  static override properties = { context: { attribute: false } };

  declare context: PageContext | undefined;

  #list = new LiveQueryController(
    this,
    async () => (this.context ? listNotifications(this.context.db) : undefined),
    () => [this.context?.db],
  );

  constructor() {
    super();
    new I18nController(this);
  }

  override connectedCallback(): void {
    super.connectedCallback();
    void this.updateComplete.then(() =>
      this.context ? refreshNotifications(this.context.db).catch(() => undefined) : undefined,
    );
  }

  override render() {
    const list = this.#list.value;
    const unread = list?.some((n) => !n.read) ?? false;
    return html`
      <div class="top">
        <h1>${t('notifications:heading')}</h1>
        ${unread
          ? html`<button class="button secondary" @click=${this.#markAll}>${t('notifications:markAll')}</button>`
          : nothing}
      </div>
      ${!list
        ? html`<p role="status">${t('notifications:loading')}</p>`
        : list.length === 0
          ? html`<empty-state .heading=${t('notifications:empty.heading')}
              .reason=${t('notifications:empty.reason')}></empty-state>`
          : html`<ul>${list.map((n) => this.#renderItem(n))}</ul>`}
    `;
  }

  #renderItem(n: Notification) {
    const { title, body } = notificationText(n);
    const zone = this.context?.session.district.timeZone ?? 'UTC';
    const content = html`
      <strong>${title}</strong>
      ${n.read ? nothing : html`<span class="visually-hidden">${t('notifications:unread')}</span>`}
      <p>${body}</p>
      <p class="muted">${formatInstant(n.createdAt, zone)}</p>
    `;
    return html`<li class="card ${n.read ? 'read' : 'unread'}" data-id=${n.id}>
      ${n.link
        ? html`<a href=${n.link} @click=${() => this.#open(n)}>${content}</a>`
        : html`<div class="plain">${content}</div>
            ${n.read
              ? nothing
              : html`<button class="button secondary" @click=${() => this.#open(n)}>
                  ${t('notifications:markRead')}
                </button>`}`}
    </li>`;
  }

  #open(n: Notification): void {
    if (this.context) void markRead(this.context.db, n.id);
  }

  #markAll = () => {
    if (this.context) void markAllRead(this.context.db);
  };
}

customElements.define('notifications-page', NotificationsPage);

declare global {
  interface HTMLElementTagNameMap {
    'notifications-page': NotificationsPage;
  }
}
