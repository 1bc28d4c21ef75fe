import type { CommunicationLanguage } from '../db/schema.ts';
import type { Mail } from '../mail/mailer.ts';

/**
 * The account emails, in the guardian's communication language. Plain
 * text: the link stands alone on its line so every mail program makes it
 * clickable, and nothing in it is personal beyond the username.
 */
interface Words {
  resetSubject: (district: string) => string;
  resetBody: (username: string, link: string) => string;
  reminderSubject: (district: string) => string;
  reminderBody: (usernames: string[]) => string;
  confirmSubject: (district: string) => string;
  confirmBody: (link: string) => string;
  changedSubject: (district: string) => string;
  changedBody: (what: 'password' | 'email') => string;
  notYou: string;
}

const listed = (usernames: string[]) => usernames.map((u) => `  ${u}`).join('\n');

const words: Record<CommunicationLanguage, Words> = {
  en: {
    resetSubject: (d) => `${d}: reset your password`,
    resetBody: (u, link) =>
      `Someone asked to reset the password of the parent portal account "${u}".\n\n` +
      `To choose a new password, open this link within an hour (it works once):\n\n${link}`,
    reminderSubject: (d) => `${d}: your username`,
    reminderBody: (us) =>
      `The parent portal accounts with this email address:\n\n${listed(us)}`,
    confirmSubject: (d) => `${d}: confirm your email address`,
    confirmBody: (link) =>
      `To use this address for your parent portal account, open this link ` +
      `within 24 hours:\n\n${link}`,
    changedSubject: (d) => `${d}: your account was changed`,
    changedBody: (what) =>
      what === 'password'
        ? 'The password of your parent portal account was changed, and every device was signed out.'
        : 'Someone asked to use another email address for your parent portal account.',
    notYou: 'If this was not you, ignore this email or contact your school.',
  },
  es: {
    resetSubject: (d) => `${d}: restablecer su contraseña`,
    resetBody: (u, link) =>
      `Alguien pidió restablecer la contraseña de la cuenta "${u}" del portal para padres.\n\n` +
      `Para elegir una nueva contraseña, abra este enlace antes de una hora ` +
      `(funciona una sola vez):\n\n${link}`,
    reminderSubject: (d) => `${d}: su nombre de usuario`,
    reminderBody: (us) =>
      `Las cuentas del portal para padres con este correo electrónico:\n\n` +
      listed(us),
    confirmSubject: (d) => `${d}: confirme su correo electrónico`,
    confirmBody: (link) =>
      `Para usar esta dirección en su cuenta del portal para padres, abra este ` +
      `enlace antes de 24 horas:\n\n${link}`,
    changedSubject: (d) => `${d}: se modificó su cuenta`,
    changedBody: (what) =>
      what === 'password'
        ? 'Se cambió la contraseña de su cuenta del portal para padres y ' +
          'se cerró la sesión en todos los dispositivos.'
        : 'Alguien pidió usar otro correo electrónico para su cuenta del portal para padres.',
    notYou: 'Si no fue usted, ignore este mensaje o comuníquese con su escuela.',
  },
  pl: {
    resetSubject: (d) => `${d}: zmiana hasła`,
    resetBody: (u, link) =>
      `Ktoś poprosił o zmianę hasła do konta „${u}” w portalu dla rodziców.\n\n` +
      `Aby ustawić nowe hasło, otwórz ten link w ciągu godziny (działa tylko raz):\n\n${link}`,
    reminderSubject: (d) => `${d}: Twoja nazwa użytkownika`,
    reminderBody: (us) =>
      `Konta w portalu dla rodziców z tym adresem e-mail:\n\n${listed(us)}`,
    confirmSubject: (d) => `${d}: potwierdź adres e-mail`,
    confirmBody: (link) =>
      `Aby używać tego adresu w koncie portalu dla rodziców, otwórz ten link ` +
      `w ciągu 24 godzin:\n\n${link}`,
    changedSubject: (d) => `${d}: zmiana w Twoim koncie`,
    changedBody: (what) =>
      what === 'password'
        ? 'Hasło do Twojego konta w portalu dla rodziców zostało ' +
          'zmienione, a wszystkie urządzenia wylogowane.'
        : 'Ktoś poprosił o użycie innego adresu e-mail dla Twojego konta w portalu dla rodziców.',
    notYou: 'Jeśli to nie Ty, zignoruj tę wiadomość lub skontaktuj się ze szkołą.',
  },
  ru: {
    resetSubject: (d) => `${d}: сброс пароля`,
    resetBody: (u, link) =>
      `Кто-то запросил сброс пароля учётной записи «${u}» в родительском портале.\n\n` +
      `Чтобы задать новый пароль, откройте эту ссылку в течение часа ` +
      `(она действует один раз):\n\n${link}`,
    reminderSubject: (d) => `${d}: ваше имя пользователя`,
    reminderBody: (us) =>
      `Учётные записи родительского портала с этим адресом:\n\n${listed(us)}`,
    confirmSubject: (d) => `${d}: подтвердите адрес электронной почты`,
    confirmBody: (link) =>
      `Чтобы использовать этот адрес для учётной записи родительского портала, ` +
      `откройте эту ссылку в течение 24 часов:\n\n${link}`,
    changedSubject: (d) => `${d}: изменения в учётной записи`,
    changedBody: (what) =>
      what === 'password'
        ? 'Пароль вашей учётной записи в родительском портале ' +
          'изменён, все устройства вышли из системы.'
        : 'Кто-то запросил другой адрес электронной почты для вашей ' +
          'учётной записи в родительском портале.',
    notYou: 'Если это были не вы, не обращайте внимания на это письмо или свяжитесь со школой.',
  },
};

export interface Recipient {
  email: string;
  language: CommunicationLanguage;
  district: string;
}

const sign = (w: Words, body: string) => `${body}\n\n${w.notYou}\n`;

export function passwordResetMail(to: Recipient, username: string, link: string): Mail {
  const w = words[to.language];
  return {
    to: to.email,
    subject: w.resetSubject(to.district),
    text: sign(w, w.resetBody(username, link)),
  };
}

export function usernameReminderMail(to: Recipient, usernames: string[]): Mail {
  const w = words[to.language];
  return {
    to: to.email,
    subject: w.reminderSubject(to.district),
    text: sign(w, w.reminderBody(usernames)),
  };
}

export function emailConfirmMail(to: Recipient, link: string): Mail {
  const w = words[to.language];
  return {
    to: to.email,
    subject: w.confirmSubject(to.district),
    text: sign(w, w.confirmBody(link)),
  };
}

export function accountChangedMail(to: Recipient, what: 'password' | 'email'): Mail {
  const w = words[to.language];
  return {
    to: to.email,
    subject: w.changedSubject(to.district),
    text: sign(w, w.changedBody(what)),
  };
}
