import { LitElement, html, nothing } from 'lit';
import { Task, TaskStatus } from '@lit/task';
import type { ActivateRequest } from '../../api/account.ts';
import { portalEvent } from '../../app/events.ts';
import { activateAccount } from '../../app/session.ts';
import { AppError, toAppError, type AppErrorCode } from '../../data/app-error.ts';
import type { PortalDb } from '../../data/db.ts';
import { I18nController } from '../../i18n/i18n-controller.ts';
import { t } from '../../i18n/i18n.ts';
import '../../ui/error-message.ts';
import { formStyles } from '../../ui/form-styles.ts';
import { baseStyles } from '../../ui/styles.ts';
import { activationSteps, stepForError, type ActivationStep } from './activation-steps.ts';

/**
 * Activating an account in three steps: the district's activation key,
 * then a username and password, then an email address and the password
 * again. The server checks everything at the end; a refusal brings the
 * person back to the step it is about.
 */
export class ActivatePage extends LitElement {
  static override styles = [baseStyles, formStyles];

  static override properties = {
    db: { attribute: false },
    step: { state: true },
    formError: { state: true },
  };

  /** The device database, where the session is kept. */
  declare db: PortalDb | undefined;
  declare step: ActivationStep;
  declare formError: AppErrorCode | undefined;
  /** A server refusal stays shown until the person moves on to another step. */
  #serverErrorShown = false;
  #values: ActivateRequest = { activationKey: '', username: '', password: '', email: '' };

  #activate = new Task(this, {
    task: async ([request]: [ActivateRequest]) => {
      if (!this.db) throw new AppError('unexpected');
      try {
        return await activateAccount(this.db, request);
      } catch (error) {
        const appError = toAppError(error);
        this.step = stepForError(appError.code, appError.field);
        throw appError;
      }
    },
    autoRun: false,
    onComplete: (session) => this.dispatchEvent(portalEvent('portal-signed-in', { session })),
  });

  constructor() {
    super();
    new I18nController(this);
    this.step = 'key';
  }

  override updated(changed: Map<string, unknown>) {
    // A new step moves focus to its heading so screen readers announce it.
    if (changed.has('step') && changed.get('step') !== undefined) {
      this.renderRoot.querySelector<HTMLElement>('h2')?.focus();
    }
  }

  override render() {
    const index = activationSteps.indexOf(this.step);
    const pending = this.#activate.status === TaskStatus.PENDING;
    return html`
      <div class="auth card">
        <h1>${t('auth:activate.heading')}</h1>
        <p class="hint">
          ${t('auth:activate.progress', { step: index + 1, total: activationSteps.length })}
        </p>
        <form novalidate @submit=${this.handleSubmit}>
          <h2 tabindex="-1">${t(`auth:activate.steps.${this.step}`)}</h2>
          ${this.formError
            ? html`<error-message .code=${this.formError}></error-message>`
            : this.#serverErrorShown
              ? this.#activate.render({
                  error: (error) =>
                    html`<error-message .code=${toAppError(error).code}
                      .params=${toAppError(error).params}></error-message>`,
                })
              : nothing}
          ${this.#renderStep()}
          <div class="actions">
            ${index > 0
              ? html`<button class="button secondary" type="button" @click=${this.handleBack}>
                  ${t('auth:activate.back')}
                </button>`
              : null}
            <button class="button" type="submit" ?disabled=${pending}>
              ${this.step === 'email'
                ? pending
                  ? t('auth:activate.submitting')
                  : t('auth:activate.submit')
                : t('auth:activate.next')}
            </button>
          </div>
        </form>
        <p><a href="/sign-in">${t('auth:activate.haveAccount')}</a></p>
      </div>
    `;
  }

  #renderStep() {
    const v = this.#values;
    switch (this.step) {
      case 'key':
        return html`<div class="field">
          <label for="activationKey">${t('auth:fields.activationKey')}</label>
          <input id="activationKey" name="activationKey" type="text" autocomplete="off"
            autocapitalize="none" spellcheck="false" required aria-describedby="key-hint"
            .value=${v.activationKey} />
          <span id="key-hint" class="hint">${t('auth:activate.keyHint')}</span>
        </div>`;
      case 'credentials':
        return html`<div class="field">
            <label for="username">${t('auth:fields.username')}</label>
            <input id="username" name="username" type="text" autocomplete="username"
              autocapitalize="none" spellcheck="false" required minlength="3"
              .value=${v.username} />
          </div>
          <div class="field">
            <label for="password">${t('auth:fields.password')}</label>
            <input id="password" name="password" type="password" autocomplete="new-password"
              required aria-describedby="password-hint" .value=${v.password} />
            <span id="password-hint" class="hint">${t('auth:activate.passwordHint')}</span>
          </div>`;
      case 'email':
        return html`<div class="field">
            <label for="email">${t('auth:fields.email')}</label>
            <input id="email" name="email" type="email" autocomplete="email" required
              aria-describedby="email-hint" .value=${v.email} />
            <span id="email-hint" class="hint">${t('auth:activate.emailHint')}</span>
          </div>
          <div class="field">
            <label for="passwordAgain">${t('auth:fields.passwordAgain')}</label>
            <input id="passwordAgain" name="passwordAgain" type="password"
              autocomplete="new-password" required />
          </div>`;
    }
  }

  handleSubmit(event: SubmitEvent) {
    event.preventDefault();
    const form = event.target as HTMLFormElement;
    const data = new FormData(form);
    const read = (name: string) => String(data.get(name) ?? '');

    for (const input of form.querySelectorAll('input')) input.removeAttribute('aria-invalid');
    const empty = [...form.querySelectorAll('input')].find((input) => !input.value.trim());
    if (empty) return this.#refuse('fields_required', empty);

    if (this.step === 'key') {
      this.#values.activationKey = read('activationKey').trim();
      return this.#goTo('credentials');
    }
    if (this.step === 'credentials') {
      this.#values.username = read('username').trim();
      this.#values.password = read('password');
      return this.#goTo('email');
    }

    this.#values.email = read('email').trim();
    if (read('passwordAgain') !== this.#values.password) {
      return this.#refuse('passwords_differ', form.querySelector('#passwordAgain'));
    }
    this.formError = undefined;
    this.#serverErrorShown = true;
    void this.#activate.run([{ ...this.#values }]);
  }

  handleBack() {
    const index = activationSteps.indexOf(this.step);
    this.#goTo(activationSteps[Math.max(0, index - 1)] ?? 'key');
  }

  #goTo(step: ActivationStep) {
    this.formError = undefined;
    this.#serverErrorShown = false;
    this.step = step;
  }

  #refuse(code: AppErrorCode, input: HTMLInputElement | null) {
    input?.setAttribute('aria-invalid', 'true');
    input?.focus();
    this.formError = code;
  }
}

customElements.define('activate-page', ActivatePage);

declare global {
  interface HTMLElementTagNameMap {
    'activate-page': ActivatePage;
  }
}
