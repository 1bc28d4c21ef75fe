import { LitElement, html, nothing } from 'lit';
import type { CommunicationLanguage, Settings } from '../../api/settings.ts';
import type { PageContext } from '../../app/page-context.ts';
import { toAppError, type AppErrorCode } from '../../data/app-error.ts';
import { discardEntry } from '../../data/outbox/outbox-store.ts';
import { I18nController } from '../../i18n/i18n-controller.ts';
import { changeLanguage, currentLanguage, t } from '../../i18n/i18n.ts';
import { isLanguage } from '../../i18n/languages.ts';
import '../../ui/error-message.ts';
import { formStyles } from '../../ui/form-styles.ts';
import { LiveQueryController } from '../../ui/live-query-controller.ts';
import { baseStyles } from '../../ui/styles.ts';
import {
  changedFields,
  dollarsToCents,
  loadSettingsView,
  refreshSettings,
  saveSettings,
} from './settings-data.ts';
import {
  contactChannels as channels,
  communicationLanguages,
  contactMessageTypes,
  notificationKinds,
} from './settings-choices.ts';
import { contactSection, languageSection, notificationsSection } from './settings-fields.ts';
import { settingsStyles } from './settings-styles.ts';

/**
 * The guardian's settings: languages, notifications and their thresholds,
 * how the district contacts them, and links to change the password and
 * email. Shown from the device (they open offline once loaded); a save
 * goes through the outbox with only the changed fields, so it waits
 * offline and is sent once.
 */
export class SettingsPage extends LitElement {
  static override styles = [baseStyles, formStyles, settingsStyles];

  static override properties = {
    context: { attribute: false },
    loadError: { state: true },
    invalid: { state: true },
    justSaved: { state: true },
  };

  declare context: PageContext | undefined;
  declare loadError: AppErrorCode | undefined;
  /** Fields whose text is not a value (names as in the form). */
  declare invalid: Set<string>;
  declare justSaved: boolean;

  #view = new LiveQueryController(
    this,
    async () => (this.context ? loadSettingsView(this.context.db) : undefined),
    () => [this.context?.db],
  );
  #refreshed: unknown;

  constructor() {
    super();
    new I18nController(this);
    this.invalid = new Set();
    this.justSaved = false;
  }

  override updated(): void {
    // Once per device database: the server's settings, to the device.
    const db = this.context?.db;
    if (!db || this.#refreshed === db) return;
    this.#refreshed = db;
    refreshSettings(db).then(
      () => (this.loadError = undefined),
      (error: unknown) => (this.loadError = toAppError(error).code),
    );
  }

  override render() {
    const view = this.#view.value;
    const settings = view?.settings;
    const session = this.context?.session;
    return html`
      <h1>${t('settings:heading')}</h1>
      ${settings
        ? this.#renderForm(settings)
        : this.loadError
          ? html`<error-message .code=${this.loadError}></error-message>
              <p>${t('settings:notLoaded')}</p>`
          : html`<p class="loading" role="status">${t('settings:loading')}</p>`}
      ${session
        ? html`<section class="card links" aria-labelledby="account-heading">
            <h2 id="account-heading">${t('settings:account.heading')}</h2>
            <p>${t('settings:account.username', { username: session.account.username })}</p>
            <p>${t('settings:account.email', { email: session.account.email })}</p>
            <a href="/account/password">${t('settings:account.changePassword')}</a><br />
            <a href="/account/email">${t('settings:account.changeEmail')}</a>
          </section>`
        : nothing}
    `;
  }

  #renderForm(settings: Settings) {
    const view = this.#view.value;
    return html`<form novalidate @submit=${this.handleSubmit}>
      ${languageSection(settings, currentLanguage())}
      ${notificationsSection(settings, this.invalid)}
      ${contactSection(settings)}
      <div class="sticky">
        ${this.#renderStatus()}
        <button class="button" type="submit">${t('settings:save')}</button>
      </div>
      ${view?.failed
        ? html`<div class="status" role="alert">
            <p>${t('settings:failed')}</p>
            <error-message .code=${view.failed.failure?.code as AppErrorCode}></error-message>
            <button class="button secondary" type="button" @click=${this.handleDiscard}>
              ${t('settings:discard')}
            </button>
          </div>`
        : nothing}
    </form>`;
  }

  #renderStatus() {
    const view = this.#view.value;
    if (view?.pending.length) {
      return html`<p class="status" role="status">${t('settings:waiting')}</p>`;
    }
    return this.justSaved ? html`<p class="status" role="status">${t('settings:saved')}</p>` : nothing;
  }

  async handleSubmit(event: SubmitEvent) {
    event.preventDefault();
    const current = this.#view.value?.settings;
    const db = this.context?.db;
    if (!current || !db) return;

    const read = readSettingsForm(event.target as HTMLFormElement, current);
    this.invalid = read.invalid;
    if (read.invalid.size) {
      this.renderRoot.querySelector<HTMLElement>('[aria-invalid=true]')?.focus();
      return;
    }
    const update = changedFields(current, read.settings);
    if (Object.keys(update).length === 0) {
      this.justSaved = true;
      return;
    }
    await saveSettings(db, update);
    this.justSaved = true;
    if (update.portalLanguage && isLanguage(update.portalLanguage)) {
      await changeLanguage(update.portalLanguage);
    }
  }

  handleDiscard = async () => {
    const failed = this.#view.value?.failed;
    if (failed && this.context) await discardEntry(this.context.db, failed.key);
  };
}

/** The form's values as settings, and the fields whose text is not a value. */
function readSettingsForm(form: HTMLFormElement, current: Settings) {
  const data = new FormData(form);
  const invalid = new Set<string>();
  const text = (name: string) => String(data.get(name) ?? '').trim();

  const percentText = text('gradeBelowPercent');
  const percent = percentText === '' ? null : Number(percentText);
  if (percent !== null && !(Number.isInteger(percent) && percent >= 1 && percent <= 100)) {
    invalid.add('gradeBelowPercent');
  }
  const dollarsText = text('lowBalance');
  const cents = dollarsText === '' ? null : dollarsToCents(dollarsText);
  if (cents === undefined || (cents !== null && cents > 100_000)) invalid.add('lowBalance');

  const portal = text('portalLanguage');
  const communication = text('communicationLanguage');
  const settings: Settings = {
    // Unchosen (null) shows the app's language: left as shown, it stays unchosen.
    portalLanguage:
      isLanguage(portal) && portal !== (current.portalLanguage ?? currentLanguage())
        ? portal
        : current.portalLanguage,
    communicationLanguage: (communicationLanguages as readonly string[]).includes(communication)
      ? (communication as CommunicationLanguage)
      : current.communicationLanguage,
    gradeBelowPercent: invalid.has('gradeBelowPercent') ? current.gradeBelowPercent : percent,
    lowBalanceThresholdCents: invalid.has('lowBalance')
      ? current.lowBalanceThresholdCents
      : (cents ?? null),
    notifications: Object.fromEntries(
      notificationKinds.map((kind) => [kind, data.get(`notifications.${kind}`) === 'on']),
    ) as Settings['notifications'],
    contactPreferences: Object.fromEntries(
      contactMessageTypes.map((type) => [
        type,
        Object.fromEntries(
          channels.map((channel) => [channel, data.get(`contact.${type}.${channel}`) === 'on']),
        ),
      ]),
    ) as Settings['contactPreferences'],
  };
  return { settings, invalid };
}

customElements.define('settings-page', SettingsPage);

declare global {
  interface HTMLElementTagNameMap {
    'settings-page': SettingsPage;
  }
}
