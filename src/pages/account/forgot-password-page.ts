import { LitElement, html } from 'lit';
import { Task, TaskStatus } from '@lit/task';
import { toAppError, type AppErrorCode } from '../../data/app-error.ts';
import { I18nController } from '../../i18n/i18n-controller.ts';
import { t } from '../../i18n/i18n.ts';
import '../../ui/error-message.ts';
import { formStyles } from '../../ui/form-styles.ts';
import { baseStyles } from '../../ui/styles.ts';
import { requestPasswordReset } from './account-api.ts';
import { accountStyles } from './account-styles.ts';

/**
 * Forgotten password: a username or an email address; the server mails a
 * link that works once within an hour. The page says the same whether or
 * not an account matched, as the server does.
 */
export class ForgotPasswordPage extends LitElement {
  static override styles = [baseStyles, formStyles, accountStyles];

  static override properties = { formError: { state: true } };

  declare formError: AppErrorCode | undefined;

  #send = new Task(this, {
    task: async ([identifier]: [string]) => {
      try {
        await requestPasswordReset(identifier);
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
        <h1>${t('auth:forgotPassword.heading')}</h1>
        ${sent
          ? html`<p class="done" role="status">${t('auth:forgotPassword.sent')}</p>`
          : html`<p>${t('auth:forgotPassword.intro')}</p>
              <form novalidate @submit=${this.handleSubmit}>
                ${this.formError
                  ? html`<error-message .code=${this.formError}></error-message>`
                  : this.#send.render({
                      error: (e) => html`<error-message .code=${toAppError(e).code}></error-message>`,
                    })}
                <div class="field">
                  <label for="identifier">${t('auth:forgotPassword.identifier')}</label>
                  <input id="identifier" name="identifier" type="text" autocomplete="username"
                    autocapitalize="none" spellcheck="false" required />
                </div>
                <div class="actions">
                  <button class="button" type="submit" ?disabled=${pending}>
                    ${pending ? t('auth:forgotPassword.submitting') : t('auth:forgotPassword.submit')}
                  </button>
                </div>
              </form>`}
        <div class="links">
          <a href="/forgot-username">${t('auth:signIn.forgotUsername')}</a>
          <a href="/sign-in">${t('auth:forgotPassword.back')}</a>
        </div>
      </div>
    `;
  }

  handleSubmit(event: SubmitEvent) {
    event.preventDefault();
    const form = event.target as HTMLFormElement;
    const identifier = String(new FormData(form).get('identifier') ?? '').trim();
    const input = form.querySelector<HTMLInputElement>('#identifier');
    if (!identifier) {
      input?.setAttribute('aria-invalid', 'true');
      input?.focus();
      this.formError = 'fields_required';
      return;
    }
    input?.removeAttribute('aria-invalid');
    this.formError = undefined;
    void this.#send.run([identifier]);
  }
}

customElements.define('forgot-password-page', ForgotPasswordPage);

declare global {
  interface HTMLElementTagNameMap {
    'forgot-password-page': ForgotPasswordPage;
  }
}
