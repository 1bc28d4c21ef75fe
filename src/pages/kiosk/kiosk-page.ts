import { LitElement, html } from 'lit';
import { Task, TaskStatus } from '@lit/task';
import { fetchKioskStatus, leaveKiosk, startKiosk, type KioskState } from '../../app/kiosk.ts';
import { toAppError, type AppErrorCode } from '../../data/app-error.ts';
import { I18nController } from '../../i18n/i18n-controller.ts';
import { t } from '../../i18n/i18n.ts';
import '../../ui/error-message.ts';
import { formStyles } from '../../ui/form-styles.ts';
import { baseStyles } from '../../ui/styles.ts';
import { accountStyles } from '../account/account-styles.ts';

/**
 * The kiosk link (/kiosk): office staff enter their district's code to
 * make this device a kiosk, or to turn kiosk mode off again. The server
 * checks the code and keeps the device's kiosk cookie.
 */
export class KioskPage extends LitElement {
  static override styles = [baseStyles, formStyles, accountStyles];

  static override properties = { formError: { state: true }, result: { state: true } };

  declare formError: AppErrorCode | undefined;
  /** What the last staff action did. */
  declare result: 'started' | 'left' | undefined;

  #status = new Task(this, {
    task: async (_args: [], { signal }) => fetchKioskStatus(signal),
    args: () => [] as [],
  });

  #submit = new Task(this, {
    task: async ([action, code]: ['start' | 'leave', string]) => {
      try {
        if (action === 'start') {
          await startKiosk(code);
          this.result = 'started';
        } else {
          await leaveKiosk(code);
          this.result = 'left';
        }
        await this.#status.run();
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
      <h1>${t('kiosk:setup.heading')}</h1>
      <p>${t('kiosk:setup.intro')}</p>
      ${this.#status.render({
        pending: () => html`<p role="status">${t('app.loading')}</p>`,
        complete: (status) => this.#renderForm(status),
        error: (e) => html`<error-message .code=${toAppError(e).code}></error-message>`,
      })}
    </div>`;
  }

  #renderForm(status: KioskState) {
    const pending = this.#submit.status === TaskStatus.PENDING;
    const action = status.kiosk ? 'leave' : 'start';
    return html`
      ${this.result === 'started'
        ? html`<p class="done" role="status">${t('kiosk:setup.done')}</p>
            <p><a class="button" href="/sign-in" target="_self">${t('kiosk:setup.toSignIn')}</a></p>`
        : null}
      ${this.result === 'left'
        ? html`<p class="done" role="status">${t('kiosk:setup.left')}</p>`
        : null}
      ${status.kiosk
        ? html`<p><strong>${t('kiosk:setup.isKiosk', { district: status.district?.name ?? '' })}</strong></p>`
        : null}
      <form novalidate @submit=${(event: SubmitEvent) => this.handleSubmit(event, action)}>
        ${this.formError
          ? html`<error-message .code=${this.formError}></error-message>`
          : this.#submit.render({
              error: (e) => html`<error-message .code=${toAppError(e).code}></error-message>`,
            })}
        <div class="field">
          <label for="code">${t('kiosk:setup.code')}</label>
          <input id="code" name="code" type="password" autocomplete="off"
            aria-describedby="code-hint" required />
          <span id="code-hint" class="hint">${t('kiosk:setup.codeHint')}</span>
        </div>
        <div class="actions">
          <button class="button ${status.kiosk ? 'secondary' : ''}" type="submit" ?disabled=${pending}>
            ${status.kiosk
              ? pending ? t('kiosk:setup.leaving') : t('kiosk:setup.leave')
              : pending ? t('kiosk:setup.starting') : t('kiosk:setup.start')}
          </button>
        </div>
      </form>
    `;
  }

  handleSubmit(event: SubmitEvent, action: 'start' | 'leave') {
    event.preventDefault();
    const form = event.target as HTMLFormElement;
    const code = String(new FormData(form).get('code') ?? '').trim();
    const input = form.querySelector<HTMLInputElement>('#code');
    if (!code) {
      input?.setAttribute('aria-invalid', 'true');
      input?.focus();
      this.formError = 'fields_required';
      return;
    }
    input?.removeAttribute('aria-invalid');
    this.formError = undefined;
    this.result = undefined;
    void this.#submit.run([action, code]);
    form.reset();
  }
}

customElements.define('kiosk-page', KioskPage);

declare global {
  interface HTMLElementTagNameMap {
    'kiosk-page': KioskPage;
  }
}
