import { LitElement, html } from 'lit';
import { Task, TaskStatus } from '@lit/task';
import type { SignInRequest } from '../../api/account.ts';
import { knownDistrict, tabDistrict } from '../../app/device-districts.ts';
import { portalEvent } from '../../app/events.ts';
import { isKiosk } from '../../app/kiosk.ts';
import { signIn } from '../../app/session.ts';
import { toAppError, type AppErrorCode } from '../../data/app-error.ts';
import type { PortalDb } from '../../data/db.ts';
import { I18nController } from '../../i18n/i18n-controller.ts';
import { t } from '../../i18n/i18n.ts';
import '../../ui/error-message.ts';
import { formStyles } from '../../ui/form-styles.ts';
import { baseStyles } from '../../ui/styles.ts';

/**
 * Username and password for the tab's district; "stay logged in" only on a
 * private device (never on a kiosk). Links to the forgotten password and
 * username, and to the district search.
 */
export class SignInPage extends LitElement {
  static override styles = [baseStyles, formStyles];

  static override properties = {
    db: { attribute: false },
    formError: { state: true },
  };

  /** The device database, where the session is kept. */
  declare db: PortalDb | undefined;
  /** A problem found before asking the server (an empty field). */
  declare formError: AppErrorCode | undefined;

  #signIn = new Task(this, {
    task: async ([request]: [SignInRequest]) => {
      if (!this.db) throw new Error('No database');
      try {
        return await signIn(this.db, request);
      } catch (error) {
        throw toAppError(error);
      }
    },
    autoRun: false,
    onComplete: (session) => this.dispatchEvent(portalEvent('portal-signed-in', { session })),
  });

  constructor() {
    super();
    new I18nController(this);
  }

  override render() {
    const pending = this.#signIn.status === TaskStatus.PENDING;
    const kiosk = isKiosk();
    return html`
      <div class="auth card">
        <h1>${t('auth:signIn.heading')}</h1>
        ${kiosk ? html`<p class="hint">${t('auth:signIn.kiosk')}</p>` : this.#renderDistrict()}
        <form novalidate @submit=${this.handleSubmit}>
          ${this.formError
            ? html`<error-message .code=${this.formError}></error-message>`
            : this.#signIn.render({
                error: (error) =>
                  html`<error-message .code=${toAppError(error).code}></error-message>`,
              })}
          <div class="field">
            <label for="username">${t('auth:fields.username')}</label>
            <input id="username" name="username" type="text" autocomplete="username"
              autocapitalize="none" spellcheck="false" required />
          </div>
          <div class="field">
            <label for="password">${t('auth:fields.password')}</label>
            <input id="password" name="password" type="password"
              autocomplete="current-password" required />
          </div>
          ${kiosk
            ? null
            : html`<div class="check">
                <input id="stay" name="stayLoggedIn" type="checkbox" aria-describedby="stay-hint" />
                <label for="stay">${t('auth:signIn.stayLoggedIn')}</label>
                <span></span>
                <span id="stay-hint" class="hint">${t('auth:signIn.stayLoggedInHint')}</span>
              </div>`}
          <div class="actions">
            <button class="button" type="submit" ?disabled=${pending}>
              ${pending ? t('auth:signIn.submitting') : t('auth:signIn.submit')}
            </button>
          </div>
        </form>
        <p>
          <a href="/forgot-password">${t('auth:signIn.forgotPassword')}</a><br />
          <a href="/forgot-username">${t('auth:signIn.forgotUsername')}</a>
        </p>
        <p>
          ${t('auth:signIn.newHere')}
          <a href="/activate">${t('auth:signIn.activateLink')}</a>
        </p>
      </div>
    `;
  }

  /** Which district this sign-in is for, and the way to another one. */
  #renderDistrict() {
    const district = knownDistrict(tabDistrict());
    if (!district) {
      return html`<p>${t('auth:signIn.noDistrict')}
        <a href="/districts">${t('auth:signIn.findDistrict')}</a></p>`;
    }
    const name = `${district.name}, ${district.state}`;
    return html`<p>${t('auth:signIn.district', { district: name })}
      <a href="/districts">${t('auth:signIn.changeDistrict')}</a></p>`;
  }

  handleSubmit(event: SubmitEvent) {
    event.preventDefault();
    const form = event.target as HTMLFormElement;
    const data = new FormData(form);
    const username = String(data.get('username') ?? '').trim();
    const password = String(data.get('password') ?? '');

    for (const input of form.querySelectorAll('input')) input.removeAttribute('aria-invalid');
    if (!username || !password) {
      const empty = form.querySelector<HTMLInputElement>(username ? '#password' : '#username');
      empty?.setAttribute('aria-invalid', 'true');
      empty?.focus();
      this.formError = 'fields_required';
      return;
    }

    this.formError = undefined;
    const request = { username, password, stayLoggedIn: data.get('stayLoggedIn') === 'on' && !isKiosk() };
    void this.#signIn.run([request]);
  }
}

customElements.define('sign-in-page', SignInPage);

declare global {
  interface HTMLElementTagNameMap {
    'sign-in-page': SignInPage;
  }
}
