import { LitElement, html } from 'lit';
import { Task, TaskStatus } from '@lit/task';
import { toAppError, type AppErrorCode } from '../../data/app-error.ts';
import { I18nController } from '../../i18n/i18n-controller.ts';
import { t } from '../../i18n/i18n.ts';
import '../../ui/error-message.ts';
import { formStyles } from '../../ui/form-styles.ts';
import { baseStyles } from '../../ui/styles.ts';
import { accountStyles } from './account-styles.ts';

/** What tells the forgotten-password page from the forgotten-username one. */
export interface MailRequest {
  /** The i18n keys under `auth:` for heading, intro, sent, submit, submitting. */
  texts: 'forgotPassword' | 'forgotUsername';
  field: { id: string; label: string; type: 'text' | 'email'; autocomplete: string };
  /** The other recovery page, offered below the form. */
  other: { href: string; label: string };
  send: (value: string) => Promise<void>;
}

/**
 * A one-field form whose answer is an email: the server says the same
 * whether or not an account matched, and so does the page.
 */
export abstract class MailRequestPage extends LitElement {
  static override styles = [baseStyles, formStyles, accountStyles];

  static override properties = { formError: { state: true } };

  declare formError: AppErrorCode | undefined;

  protected abstract readonly request: MailRequest;

  #send = new Task(this, {
    task: async ([value]: [string]) => {
      try {
        await this.request.send(value);
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
    const { texts, field, other } = this.request;
    const pending = this.#send.status === TaskStatus.PENDING;
    const sent = this.#send.status === TaskStatus.COMPLETE;
    return html`
      <div class="auth card">
        <h1>${t(`auth:${texts}.heading`)}</h1>
        ${sent
          ? html`<p class="done" role="status">${t(`auth:${texts}.sent`)}</p>`
          : html`<p>${t(`auth:${texts}.intro`)}</p>
              <form novalidate @submit=${this.handleSubmit}>
                ${this.formError
                  ? html`<error-message .code=${this.formError}></error-message>`
                  : this.#send.render({
                      error: (e) => html`<error-message .code=${toAppError(e).code}></error-message>`,
                    })}
                <div class="field">
                  <label for=${field.id}>${t(field.label)}</label>
                  <input id=${field.id} name=${field.id} type=${field.type}
                    autocomplete=${field.autocomplete} autocapitalize="none" spellcheck="false"
                    required />
                </div>
                <div class="actions">
                  <button class="button" type="submit" ?disabled=${pending}>
                    ${pending ? t(`auth:${texts}.submitting`) : t(`auth:${texts}.submit`)}
                  </button>
                </div>
              </form>`}
        <div class="links">
          <a href=${other.href}>${t(other.label)}</a>
          <a href="/sign-in">${t('auth:forgotPassword.back')}</a>
        </div>
      </div>
    `;
  }

  handleSubmit(event: SubmitEvent) {
    event.preventDefault();
    const form = event.target as HTMLFormElement;
    const { id } = this.request.field;
    const value = String(new FormData(form).get(id) ?? '').trim();
    const input = form.querySelector<HTMLInputElement>(`#${id}`);
    if (!value) {
      input?.setAttribute('aria-invalid', 'true');
      input?.focus();
      this.formError = 'fields_required';
      return;
    }
    input?.removeAttribute('aria-invalid');
    this.formError = undefined;
    void this.#send.run([value]);
  }
}
