import { Type } from 'typebox';
import { Id, Nullable, Timestamp } from '../../http/schemas.js';
import { MAIL_KINDS } from './mail-kinds.js';
import type { OutboxRow } from './outbox.repository.js';

export const MailStatus = Type.Union([Type.Literal('pending'), Type.Literal('sending'), Type.Literal('sent'), Type.Literal('failed')]);

export const MailKindSchema = Type.Enum(MAIL_KINDS, { description: 'What the mail is: an invitation, a password reset, a grant notification, a ticket notification or digest' });

export const OutboxMail = Type.Object({
  id: Id,
  kind: Type.String(),
  to: Type.String(),
  subject: Type.String(),
  status: MailStatus,
  attempts: Type.Integer(),
  nextAttemptAt: Timestamp,
  lastError: Nullable(Type.String()),
  userId: Nullable(Id),
  createdAt: Timestamp,
  sentAt: Nullable(Timestamp),
});

/** One mail of the log with what it says: its text and HTML body and the links in them. */
export const OutboxMailWithBody = Type.Object({
  ...OutboxMail.properties,
  text: Type.String(),
  html: Nullable(Type.String()),
  replyTo: Nullable(Type.String()),
  links: Type.Array(Type.String(), { description: 'Every http(s) link of the text and HTML body, each once, in order of appearance' }),
});

export function toOutboxMail(m: OutboxRow) {
  return { id: m.id, kind: m.kind, to: m.to_address, subject: m.subject, status: m.status, attempts: m.attempts, nextAttemptAt: m.next_attempt_at, lastError: m.last_error, userId: m.user_id, createdAt: m.created_at, sentAt: m.sent_at };
}

const HTML_ENTITIES: Record<string, string> = { '&amp;': '&', '&lt;': '<', '&gt;': '>', '&quot;': '"', '&#39;': "'" };

/** The links a recipient can follow: bare URLs in the text, href targets in the HTML (entities undone). */
export function linksInMail(text: string, html: string | null): string[] {
  const fromText = text.match(/https?:\/\/[^\s<>"']+/g) ?? [];
  const fromHtml = [...(html ?? '').matchAll(/href="(https?:\/\/[^"]+)"/g)].map((match) => match[1]!.replace(/&(amp|lt|gt|quot|#39);/g, (entity) => HTML_ENTITIES[entity]!));
  // A sentence may end right after a link: its full stop or closing bracket is not part of the link.
  return [...new Set([...fromText.map((link) => link.replace(/[.,;:!?)]+$/, '')), ...fromHtml])];
}

export function toOutboxMailWithBody(m: OutboxRow) {
  return { ...toOutboxMail(m), text: m.text_body, html: m.html_body, replyTo: m.reply_to, links: linksInMail(m.text_body, m.html_body) };
}
