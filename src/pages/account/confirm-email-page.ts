import { LitElement, html } from 'lit';
import { Task } from '@lit/task';
import { toAppError } from '../../data/app-error.ts';
import { I18nController } from '../../i18n/i18n-controller.ts';
import { t } from '../../i18n/i18n.ts';
import '../../ui/error-message.ts';
import { formStyles } from '../../ui/form-styles.ts';
import { baseStyles } from '../../ui/styles.ts';
import { confirmEmail } from './account-api.ts';
import { accountStyles } from './account-styles.ts';

/**
 * The page the link sent to a new email address opens
 * (`/confirm-email?token=...`): it confirms at once, signed in or not.
 */
export class ConfirmEmailPage extends LitElement {
  static override styles = [baseStyles, formStyles, accountStyles];

  #token = new URL(location.href).searchParams.get('token') ?? '';

  #confirm = new Task(this, {
    task: async ([token]: [string]) => {
      if (!token) return undefined;
      try {
        return await confirmEmail(token);
      } catch (error) {
        throw toAppError(error);
      }
    },
    args: () => [this.#token] as [string],
  });

  constructor() {
    super();
    new I18nController(this);
  }

  override render() {
    return html`<div class="auth card">
      <h1>${t('auth:confirmEmail.heading')}</h1>
      ${this.#confirm.render({
        pending: () => html`<p role="status">${t('auth:confirmEmail.working')}</p>`,
        complete: (answer) =>
          answer
            ? html`<p class="done" role="status">
                ${t('auth:confirmEmail.done', { email: answer.email })}
              </p>`
            : html`<p>${t('auth:confirmEmail.noToken')}</p>`,
        error: (e) => html`<error-message .code=${toAppError(e).code}></error-message>`,
      })}
      <div class="links"><a href="/">${t('notFound.home')}</a></div>
    </div>`;
  }
}

customElements.define('confirm-email-page', ConfirmEmailPage);

declare global {
  interface HTMLElementTagNameMap {
    'confirm-email-page': ConfirmEmailPage;
  }
}
