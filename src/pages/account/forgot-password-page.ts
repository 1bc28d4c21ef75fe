import { requestPasswordReset } from './account-api.ts';
import { MailRequestPage, type MailRequest } from './mail-request-page.ts';

/**
 * Forgotten password: a username or an email address; the server mails a
 * link that works once within an hour.
 */
export class ForgotPasswordPage extends MailRequestPage {
  protected readonly request: MailRequest = {
    texts: 'forgotPassword',
    field: {
      id: 'identifier',
      label: 'auth:forgotPassword.identifier',
      type: 'text',
      autocomplete: 'username',
    },
    other: { href: '/forgot-username', label: 'auth:signIn.forgotUsername' },
    send: requestPasswordReset,
  };
}

customElements.define('forgot-password-page', ForgotPasswordPage);

declare global {
  interface HTMLElementTagNameMap {
    'forgot-password-page': ForgotPasswordPage;
  }
}
