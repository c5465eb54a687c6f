import type { MailLocale } from './mail-locale.js';
import type { OutgoingMail } from './outbox.repository.js';

export function escapeHtml(text: string): string {
  return text.replace(/[&<>"']/g, (c) => ({ '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&#39;' })[c]!);
}

export function layout(paragraphs: string[], action?: { label: string; url: string }): { text: string; html: string } {
  const text = [...paragraphs, ...(action ? [`${action.label}: ${action.url}`] : []), '', '— Portico'].join('\n\n');
  const html = [
    '<!doctype html><html><body style="font-family:system-ui,sans-serif;line-height:1.5;color:#1f2937">',
    ...paragraphs.map((p) => `<p>${escapeHtml(p)}</p>`),
    action
      ? `<p><a href="${escapeHtml(action.url)}" style="background:#3b5bdb;color:#fff;padding:10px 16px;border-radius:6px;text-decoration:none">${escapeHtml(action.label)}</a></p><p style="font-size:12px;color:#6b7280">${escapeHtml(action.url)}</p>`
      : '',
    '<p style="color:#6b7280">— Portico</p></body></html>',
  ].join('');
  return { text, html };
}

/** A date as the recipient reads it: 31.01.2030 in German, 2030-01-31 otherwise. */
function day(iso: string, locale: MailLocale): string {
  const [year, month, date] = iso.slice(0, 10).split('-');
  return locale === 'de' ? `${date}.${month}.${year}` : iso.slice(0, 10);
}

export function invitationMail(input: { to: string; userId: string; name: string; customerName: string; link: string; expiresAt: string; locale: MailLocale }): OutgoingMail {
  const expires = day(input.expiresAt, input.locale);
  const words =
    input.locale === 'de'
      ? {
          subject: `Ihr Portalzugang für ${input.customerName}`,
          lines: [`Hallo ${input.name},`, `Sie wurden zum Kundenportal für ${input.customerName} eingeladen. Öffnen Sie den Link unten, um Ihr Passwort zu wählen und Ihr Konto zu aktivieren.`, `Der Link gilt einmal und läuft am ${expires} ab.`],
          action: 'Konto aktivieren',
        }
      : {
          subject: `Your portal access for ${input.customerName}`,
          lines: [`Hello ${input.name},`, `you have been invited to the customer portal for ${input.customerName}. Open the link below to choose your password and activate your account.`, `The link can be used once and expires on ${expires}.`],
          action: 'Activate your account',
        };
  return { kind: 'invitation', to: input.to, userId: input.userId, subject: words.subject, ...layout(words.lines, { label: words.action, url: input.link }) };
}

/** Names the login: one address can hold accounts at two customers, and each gets its own mail. */
export function passwordResetMail(input: { to: string; userId: string; name: string; login: string; link: string; locale: MailLocale }): OutgoingMail {
  const words =
    input.locale === 'de'
      ? {
          subject: 'Ihr Portico-Passwort zurücksetzen',
          lines: [`Hallo ${input.name},`, `jemand möchte das Passwort Ihres Portico-Kontos mit der Anmeldung ${input.login} zurücksetzen. Wenn Sie das waren, öffnen Sie den Link unten innerhalb einer Stunde und wählen Sie ein neues Passwort. Wenn nicht, können Sie diese E-Mail ignorieren.`],
          action: 'Neues Passwort wählen',
        }
      : {
          subject: 'Reset your Portico password',
          lines: [`Hello ${input.name},`, `someone asked to reset the password of your Portico account with the login ${input.login}. If it was you, open the link below within one hour to choose a new password. If not, you can ignore this e-mail.`],
          action: 'Choose a new password',
        };
  return { kind: 'password_reset', to: input.to, userId: input.userId, subject: words.subject, ...layout(words.lines, { label: words.action, url: input.link }) };
}

/** One mail per grant action: a batch of records is listed in one mail, not one mail per record. */
export function grantNotificationMail(input: { to: string; userId: string; name: string; recordLabels: string[]; link: string; locale: MailLocale }): OutgoingMail {
  const [first] = input.recordLabels;
  const single = input.recordLabels.length === 1 && first !== undefined;
  const german = input.locale === 'de';
  const what = single ? first : german ? `${input.recordLabels.length} Datensätze` : `${input.recordLabels.length} records`;
  const paragraphs = german ? [`Hallo ${input.name},`, `Sie haben jetzt Zugriff auf ${what}.`] : [`Hello ${input.name},`, `you now have access to ${what}.`];
  if (!single) paragraphs.push(...input.recordLabels.map((label) => `• ${label}`));
  const body = layout(paragraphs, { label: german ? 'Portal öffnen' : 'Open the portal', url: input.link });
  return { kind: 'grant_notification', to: input.to, userId: input.userId, subject: german ? `Sie haben jetzt Zugriff auf ${what}` : `You now have access to ${what}`, ...body };
}
