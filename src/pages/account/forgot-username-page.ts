import { requestUsernameReminder } from './account-api.ts';
import { MailRequestPage, type MailRequest } from './mail-request-page.ts';

/** Forgotten username: the server mails the usernames of the accounts with this address. */
export class ForgotUsernamePage extends MailRequestPage {
  protected readonly request: MailRequest = {
    texts: 'forgotUsername',
    field: { id: 'email', label: 'auth:fields.email', type: 'email', autocomplete: 'email' },
    other: { href: '/forgot-password', label: 'auth:signIn.forgotPassword' },
    send: requestUsernameReminder,
  };
}

customElements.define('forgot-username-page', ForgotUsernamePage);

declare global {
  interface HTMLElementTagNameMap {
    'forgot-username-page': ForgotUsernamePage;
  }
}
