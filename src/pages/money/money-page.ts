import { LitElement, html } from 'lit';
import type { PageContext } from '../../app/page-context.ts';
import { toAppError } from '../../data/app-error.ts';
import { I18nController } from '../../i18n/i18n-controller.ts';
import { t } from '../../i18n/i18n.ts';
import '../../ui/error-message.ts';
import { refreshMoney } from './money-data.ts';

/** Goes to another page of the app through the router (it listens to popstate). */
export function goTo(path: string): void {
  history.pushState(null, '', path);
  window.dispatchEvent(new PopStateEvent('popstate'));
}

/**
 * What every money page shares: the shell's context, the language, and a
 * refresh of the saved money lists when the page opens (offline or
 * refused, the saved lists stay on screen).
 */
export class MoneyPage extends LitElement {
  static override properties = { context: { attribute: false } };

  /** Given by the shell: database, session, student, today's date. */
  declare context: PageContext | undefined;

  constructor() {
    super();
    new I18nController(this);
  }

  override connectedCallback(): void {
    super.connectedCallback();
    void this.updateComplete.then(() => this.refresh());
  }

  /** While the page's query has no answer: "Loading…", or why it failed. */
  protected loadingNote(error: unknown) {
    return error
      ? html`<error-message .code=${toAppError(error).code}></error-message>`
      : html`<p class="loading" role="status">${t('money:loading')}</p>`;
  }

  protected async refresh(): Promise<void> {
    const db = this.context?.db;
    if (db) await refreshMoney(db).catch(() => undefined);
  }
}
