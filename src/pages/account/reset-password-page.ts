import { LitElement, html } from 'lit';
import { Task, TaskStatus } from '@lit/task';
import type { PasswordResetCompleteResponse } from '../../api/account.ts';
import { toAppError, type AppErrorCode } from '../../data/app-error.ts';
import { I18nController } from '../../i18n/i18n-controller.ts';
import { t } from '../../i18n/i18n.ts';
import '../../ui/error-message.ts';
import { formStyles } from '../../ui/form-styles.ts';
import { baseStyles } from '../../ui/styles.ts';
import { completePasswordReset } from './account-api.ts';
import { accountStyles } from './account-styles.ts';

/**
 * The page the emailed link opens (`/reset-password?token=...`): a new
 * password, typed twice. Every session of the account ends on the server;
 * the sign-in link names the account's district.
 */
export class ResetPasswordPage extends LitElement {
  static override styles = [baseStyles, formStyles, accountStyles];

  static override properties = { formError: { state: true } };

  declare formError: AppErrorCode | undefined;

  #token = new URL(location.href).searchParams.get('token') ?? '';

  #reset = new Task(this, {
    task: async ([password]: [string]): Promise<PasswordResetCompleteResponse> => {
      try {
        return await completePasswordReset(this.#token, password);
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
    return html`<div class="auth card">
      <h1>${t('auth:resetPassword.heading')}</h1>
      ${this.#token ? this.#renderForm() : html`<p>${t('auth:resetPassword.noToken')}</p>`}
      <div class="links">
        <a href="/forgot-password">${t('auth:resetPassword.askAgain')}</a>
      </div>
    </div>`;
  }

  #renderForm() {
    const pending = this.#reset.status === TaskStatus.PENDING;
    const done = this.#reset.value;
    if (this.#reset.status === TaskStatus.COMPLETE && done) {
      const signIn = `/sign-in?district=${encodeURIComponent(done.district)}`;
      return html`<p class="done" role="status">${t('auth:resetPassword.done')}</p>
        <p><a class="button" href=${signIn} target="_self">${t('auth:signIn.submit')}</a></p>`;
    }
    return html`<form novalidate @submit=${this.handleSubmit}>
      ${this.formError
        ? html`<error-message .code=${this.formError}></error-message>`
        : this.#reset.render({
            error: (e) => html`<error-message .code=${toAppError(e).code}
                .params=${toAppError(e).params}></error-message>`,
          })}
      <div class="field">
        <label for="password">${t('auth:resetPassword.newPassword')}</label>
        <input id="password" name="password" type="password" autocomplete="new-password"
          aria-describedby="password-hint" required />
        <span id="password-hint" class="hint">${t('auth:activate.passwordHint')}</span>
      </div>
      <div class="field">
        <label for="passwordAgain">${t('auth:fields.passwordAgain')}</label>
        <input id="passwordAgain" name="passwordAgain" type="password"
          autocomplete="new-password" required />
      </div>
      <div class="actions">
        <button class="button" type="submit" ?disabled=${pending}>
          ${pending ? t('auth:resetPassword.submitting') : t('auth:resetPassword.submit')}
        </button>
      </div>
    </form>`;
  }

  handleSubmit(event: SubmitEvent) {
    event.preventDefault();
    const form = event.target as HTMLFormElement;
    const problem = checkNewPassword(form);
    this.formError = problem;
    if (problem) return;
    void this.#reset.run([String(new FormData(form).get('password'))]);
  }
}

/**
 * The new password typed twice: marks the field at fault and focuses it.
 * Shared with the change-password page.
 */
export function checkNewPassword(form: HTMLFormElement): AppErrorCode | undefined {
  const first = form.querySelector<HTMLInputElement>('[name=password], [name=newPassword]');
  const again = form.querySelector<HTMLInputElement>('[name=passwordAgain]');
  for (const input of form.querySelectorAll('input')) input.removeAttribute('aria-invalid');
  const empty = [...form.querySelectorAll<HTMLInputElement>('input[required]')].find(
    (input) => !input.value,
  );
  if (empty) {
    empty.setAttribute('aria-invalid', 'true');
    empty.focus();
    return 'fields_required';
  }
  if (first && again && first.value !== again.value) {
    again.setAttribute('aria-invalid', 'true');
    again.focus();
    return 'passwords_differ';
  }
  return undefined;
}

customElements.define('reset-password-page', ResetPasswordPage);

declare global {
  interface HTMLElementTagNameMap {
    'reset-password-page': ResetPasswordPage;
  }
}
