import { LitElement, html } from 'lit';
import { Task, TaskStatus } from '@lit/task';
import { toAppError, type AppErrorCode } from '../../data/app-error.ts';
import { I18nController } from '../../i18n/i18n-controller.ts';
import { t } from '../../i18n/i18n.ts';
import '../../ui/error-message.ts';
import { formStyles } from '../../ui/form-styles.ts';
import { baseStyles } from '../../ui/styles.ts';
import { requestUsernameReminder } from './account-api.ts';
import { accountStyles } from './account-styles.ts';

/**
 * Forgotten username: the server mails the usernames of the accounts with
 * this address. The page says the same whether or not one matched.
 */
export class ForgotUsernamePage extends LitElement {
  static override styles = [baseStyles, formStyles, accountStyles];

  static override properties = { formError: { state: true } };

  declare formError: AppErrorCode | undefined;

  #send = new Task(this, {
    task: async ([email]: [string]) => {
      try {
        await requestUsernameReminder(email);
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
    const pending = this.#send.status === TaskStatus.PENDING;
    const sent = this.#send.status === TaskStatus.COMPLETE;
    return html`
      <div class="auth card">
        <h1>${t('auth:forgotUsername.heading')}</h1>
        ${sent
          ? html`<p class="done" role="status">${t('auth:forgotUsername.sent')}</p>`
          : html`<p>${t('auth:forgotUsername.intro')}</p>
              <form novalidate @submit=${this.handleSubmit}>
                ${this.formError
                  ? html`<error-message .code=${this.formError}></error-message>`
                  : this.#send.render({
                      error: (e) => html`<error-message .code=${toAppError(e).code}></error-message>`,
                    })}
                <div class="field">
                  <label for="email">${t('auth:fields.email')}</label>
                  <input id="email" name="email" type="email" autocomplete="email"
                    autocapitalize="none" spellcheck="false" required />
                </div>
                <div class="actions">
                  <button class="button" type="submit" ?disabled=${pending}>
                    ${pending ? t('auth:forgotUsername.submitting') : t('auth:forgotUsername.submit')}
                  </button>
                </div>
              </form>`}
        <div class="links">
          <a href="/forgot-password">${t('auth:signIn.forgotPassword')}</a>
          <a href="/sign-in">${t('auth:forgotPassword.back')}</a>
        </div>
      </div>
    `;
  }

  handleSubmit(event: SubmitEvent) {
    event.preventDefault();
    const form = event.target as HTMLFormElement;
    const email = String(new FormData(form).get('email') ?? '').trim();
    const input = form.querySelector<HTMLInputElement>('#email');
    if (!email) {
      input?.setAttribute('aria-invalid', 'true');
      input?.focus();
      this.formError = 'fields_required';
      return;
    }
    input?.removeAttribute('aria-invalid');
    this.formError = undefined;
    void this.#send.run([email]);
  }
}

customElements.define('forgot-username-page', ForgotUsernamePage);

declare global {
  interface HTMLElementTagNameMap {
    'forgot-username-page': ForgotUsernamePage;
  }
}
