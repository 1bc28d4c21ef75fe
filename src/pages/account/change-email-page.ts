import { LitElement, html } from 'lit';
import { Task, TaskStatus } from '@lit/task';
import { toAppError, type AppErrorCode } from '../../data/app-error.ts';
import type { PageContext } from '../../app/page-context.ts';
import { I18nController } from '../../i18n/i18n-controller.ts';
import { t } from '../../i18n/i18n.ts';
import '../../ui/error-message.ts';
import { formStyles } from '../../ui/form-styles.ts';
import { baseStyles } from '../../ui/styles.ts';
import { changeEmail } from './account-api.ts';
import { accountStyles } from './account-styles.ts';

/**
 * Change email: the new address and the current password. The server
 * mails a link to the new address; the address changes when it is opened.
 */
export class ChangeEmailPage extends LitElement {
  static override styles = [baseStyles, formStyles, accountStyles];

  static override properties = {
    context: { attribute: false },
    formError: { state: true },
  };

  declare context: PageContext | undefined;
  declare formError: AppErrorCode | undefined;

  #change = new Task(this, {
    task: async ([password, email]: [string, string]) => {
      try {
        return await changeEmail(password, email);
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
    const sent = this.#change.status === TaskStatus.COMPLETE ? this.#change.value : undefined;
    const email = this.context?.session.account.email ?? '';
    return html`<div class="auth card">
      <h1>${t('auth:changeEmail.heading')}</h1>
      ${sent
        ? html`<p class="done" role="status">
            ${t('auth:changeEmail.sent', { email: sent.pendingEmail })}
          </p>`
        : html`<p>${t('auth:changeEmail.current', { email })}</p>
            <form novalidate @submit=${this.handleSubmit}>
              ${this.formError
                ? html`<error-message .code=${this.formError}></error-message>`
                : this.#change.render({
                    error: (e) => html`<error-message .code=${toAppError(e).code}></error-message>`,
                  })}
              <div class="field">
                <label for="email">${t('auth:changeEmail.newEmail')}</label>
                <input id="email" name="email" type="email" autocomplete="email" required />
              </div>
              <div class="field">
                <label for="currentPassword">${t('auth:changeEmail.currentPassword')}</label>
                <input id="currentPassword" name="currentPassword" type="password"
                  autocomplete="current-password" required />
              </div>
              <div class="actions">
                <button class="button" type="submit" ?disabled=${pending}>
                  ${pending ? t('auth:changeEmail.submitting') : t('auth:changeEmail.submit')}
                </button>
              </div>
            </form>`}
      <div class="links"><a href="/settings">${t('auth:backToSettings')}</a></div>
    </div>`;
  }

  handleSubmit(event: SubmitEvent) {
    event.preventDefault();
    const form = event.target as HTMLFormElement;
    const data = new FormData(form);
    const email = String(data.get('email') ?? '').trim();
    const password = String(data.get('currentPassword') ?? '');
    for (const input of form.querySelectorAll('input')) input.removeAttribute('aria-invalid');
    const empty = form.querySelector<HTMLInputElement>(email ? '#currentPassword' : '#email');
    if (!email || !password) {
      empty?.setAttribute('aria-invalid', 'true');
      empty?.focus();
      this.formError = 'fields_required';
      return;
    }
    this.formError = undefined;
    void this.#change.run([password, email]);
  }
}

customElements.define('change-email-page', ChangeEmailPage);

declare global {
  interface HTMLElementTagNameMap {
    'change-email-page': ChangeEmailPage;
  }
}
