import { layout } from '../mail/mail-templates.js';
import type { OutgoingMail } from '../mail/outbox.repository.js';
import { REPLY_MARKER } from '../ticket-replies/reply-marker.js';
import type { NotificationData, NotificationKind } from './notification-kinds.js';

import type { MailLocale } from '../mail/mail-locale.js';

interface Wording {
  subject: (d: NotificationData) => string;
  line: (d: NotificationData) => string;
}

const by = (d: NotificationData, en: boolean) => (d.actorName ? (en ? ` by ${d.actorName}` : ` von ${d.actorName}`) : '');

const WORDING: Record<MailLocale, Record<NotificationKind, Wording>> = {
  en: {
    ticket_created: {
      subject: (d) => `New ticket ${d.ticketNumber}: ${d.ticketTitle}`,
      line: (d) => `A new ticket ${d.ticketNumber} "${d.ticketTitle}" was raised${by(d, true)}.`,
    },
    ticket_assigned: {
      subject: (d) => `Ticket ${d.ticketNumber} assigned to you: ${d.ticketTitle}`,
      line: (d) => `Ticket ${d.ticketNumber} "${d.ticketTitle}" was assigned to you${by(d, true)}.`,
    },
    ticket_comment: {
      subject: (d) => `New ${d.internal ? 'internal note' : 'reply'} on ticket ${d.ticketNumber}: ${d.ticketTitle}`,
      line: (d) => `${d.actorName ?? 'Someone'} wrote on ticket ${d.ticketNumber} "${d.ticketTitle}":`,
    },
    ticket_status: {
      subject: (d) => `Ticket ${d.ticketNumber} is now ${d.statusName ?? ''}: ${d.ticketTitle}`,
      line: (d) => `Ticket ${d.ticketNumber} "${d.ticketTitle}" is now "${d.statusName ?? ''}"${by(d, true)}.`,
    },
  },
  de: {
    ticket_created: {
      subject: (d) => `Neues Ticket ${d.ticketNumber}: ${d.ticketTitle}`,
      line: (d) => `Ein neues Ticket ${d.ticketNumber} „${d.ticketTitle}“ wurde${by(d, false)} erstellt.`,
    },
    ticket_assigned: {
      subject: (d) => `Ticket ${d.ticketNumber} ist Ihnen zugewiesen: ${d.ticketTitle}`,
      line: (d) => `Das Ticket ${d.ticketNumber} „${d.ticketTitle}“ wurde Ihnen${by(d, false)} zugewiesen.`,
    },
    ticket_comment: {
      subject: (d) => `Neue ${d.internal ? 'interne Notiz' : 'Antwort'} zu Ticket ${d.ticketNumber}: ${d.ticketTitle}`,
      line: (d) => `${d.actorName ?? 'Jemand'} schrieb zu Ticket ${d.ticketNumber} „${d.ticketTitle}“:`,
    },
    ticket_status: {
      subject: (d) => `Ticket ${d.ticketNumber} ist jetzt ${d.statusName ?? ''}: ${d.ticketTitle}`,
      line: (d) => `Das Ticket ${d.ticketNumber} „${d.ticketTitle}“ hat jetzt den Status „${d.statusName ?? ''}“${by(d, false)}.`,
    },
  },
};

const TEXT = {
  en: {
    hello: (name: string) => `Hello ${name},`,
    open: 'Open the ticket',
    reply: 'You can reply to this e-mail: your answer is added to the ticket.',
    settings: 'You get this e-mail because of your notification settings; you can change them in your account.',
    digestSubject: (n: number) => `Portico: ${n} update${n === 1 ? '' : 's'} on your tickets`,
    digestIntro: 'here is what happened on your tickets since the last summary:',
    openPortal: 'Open Portico',
  },
  de: {
    hello: (name: string) => `Hallo ${name},`,
    open: 'Ticket öffnen',
    reply: 'Sie können auf diese E-Mail antworten: Ihre Antwort wird dem Ticket hinzugefügt.',
    settings: 'Sie erhalten diese E-Mail aufgrund Ihrer Benachrichtigungseinstellungen; Sie können sie in Ihrem Konto ändern.',
    digestSubject: (n: number) => `Portico: ${n} ${n === 1 ? 'Neuigkeit' : 'Neuigkeiten'} zu Ihren Tickets`,
    digestIntro: 'das ist seit der letzten Zusammenfassung bei Ihren Tickets passiert:',
    openPortal: 'Portico öffnen',
  },
};

export interface MailRecipient {
  userId: string;
  email: string;
  name: string;
  locale: MailLocale;
}

/** One event, one mail, in the recipient's language; the link leads to the ticket in their part of the app. */
export function ticketNotificationMail(
  recipient: MailRecipient,
  kind: NotificationKind,
  data: NotificationData,
  link: string,
  replyTo: string | null,
): OutgoingMail {
  const wording = WORDING[recipient.locale][kind];
  const text = TEXT[recipient.locale];
  // The marker comes first: a reply is written above the quoted mail, so the cut keeps only the answer.
  const paragraphs: string[] = replyTo ? [REPLY_MARKER[recipient.locale]] : [];
  paragraphs.push(text.hello(recipient.name), wording.line(data));
  if (data.excerpt) paragraphs.push(data.excerpt);
  if (replyTo) paragraphs.push(text.reply);
  paragraphs.push(text.settings);
  const body = layout(paragraphs, { label: text.open, url: link });
  return { kind, to: recipient.email, userId: recipient.userId, subject: wording.subject(data), replyTo, ...body };
}

/** The daily summary: one line per event, oldest first. */
export function digestMail(recipient: MailRecipient, items: { kind: NotificationKind; data: NotificationData }[], link: string): OutgoingMail {
  const text = TEXT[recipient.locale];
  const lines = items.map(({ kind, data }) => `• ${WORDING[recipient.locale][kind].line(data)}${data.excerpt ? ` ${data.excerpt.slice(0, 140)}` : ''}`);
  const body = layout([text.hello(recipient.name), text.digestIntro, ...lines, text.settings], { label: text.openPortal, url: link });
  return { kind: 'notification_digest', to: recipient.email, userId: recipient.userId, subject: text.digestSubject(items.length), ...body };
}
