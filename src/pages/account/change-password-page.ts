import { LitElement, html } from 'lit';
import { Task, TaskStatus } from '@lit/task';
import { toAppError, type AppErrorCode } from '../../data/app-error.ts';
import { writeMeta, type PortalDb } from '../../data/db.ts';
import type { PageContext } from '../../app/page-context.ts';
import { I18nController } from '../../i18n/i18n-controller.ts';
import { t } from '../../i18n/i18n.ts';
import '../../ui/error-message.ts';
import { formStyles } from '../../ui/form-styles.ts';
import { baseStyles } from '../../ui/styles.ts';
import { changePassword } from './account-api.ts';
import { accountStyles } from './account-styles.ts';
import { checkNewPassword } from './reset-password-page.ts';

/**
 * Change password: the current one, then the new one twice. The server
 * ends the account's other sessions and renews this one; the renewed
 * session is kept on the device.
 */
export class ChangePasswordPage extends LitElement {
  static override styles = [baseStyles, formStyles, accountStyles];

  static override properties = {
    db: { attribute: false },
    context: { attribute: false },
    formError: { state: true },
  };

  declare db: PortalDb | undefined;
  declare context: PageContext | undefined;
  declare formError: AppErrorCode | undefined;

  #change = new Task(this, {
    task: async ([current, next]: [string, string]) => {
      try {
        const session = await changePassword(current, next);
        const db = this.context?.db ?? this.db;
        if (db) await writeMeta(db, 'session', session);
      } catch (error) {
        throw toAppError(error);
      }
    },
    autoRun: false,
  });

  constructor() {
    super();
    new I18nController(this);
  }

  override render() {
    const pending = this.#change.status === TaskStatus.PENDING;
    const done = this.#change.status === TaskStatus.COMPLETE;
    return html`<div class="auth card">
      <h1>${t('auth:changePassword.heading')}</h1>
      ${done
        ? html`<p class="done" role="status">${t('auth:changePassword.done')}</p>`
        : html`<form novalidate @submit=${this.handleSubmit}>
            ${this.formError
              ? html`<error-message .code=${this.formError}></error-message>`
              : this.#change.render({
                  error: (e) => html`<error-message .code=${toAppError(e).code}
                .params=${toAppError(e).params}></error-message>`,
                })}
            <input type="text" name="username" autocomplete="username" hidden
              .value=${this.context?.session.account.username ?? ''} />
            <div class="field">
              <label for="currentPassword">${t('auth:changePassword.currentPassword')}</label>
              <input id="currentPassword" name="currentPassword" type="password"
                autocomplete="current-password" required />
            </div>
            <div class="field">
              <label for="newPassword">${t('auth:changePassword.newPassword')}</label>
              <input id="newPassword" name="newPassword" type="password"
                autocomplete="new-password" aria-describedby="password-hint" required />
              <span id="password-hint" class="hint">${t('auth:activate.passwordHint')}</span>
            </div>
            <div class="field">
              <label for="passwordAgain">${t('auth:fields.passwordAgain')}</label>
              <input id="passwordAgain" name="passwordAgain" type="password"
                autocomplete="new-password" required />
            </div>
            <div class="actions">
              <button class="button" type="submit" ?disabled=${pending}>
                ${pending ? t('auth:changePassword.submitting') : t('auth:changePassword.submit')}
              </button>
            </div>
          </form>`}
      <div class="links"><a href="/settings">${t('auth:backToSettings')}</a></div>
    </div>`;
  }

  handleSubmit(event: SubmitEvent) {
    event.preventDefault();
    const form = event.target as HTMLFormElement;
    const problem = checkNewPassword(form);
    this.formError = problem;
    if (problem) return;
    const data = new FormData(form);
    void this.#change.run([String(data.get('currentPassword')), String(data.get('newPassword'))]);
  }
}

customElements.define('change-password-page', ChangePasswordPage);

declare global {
  interface HTMLElementTagNameMap {
    'change-password-page': ChangePasswordPage;
  }
}
