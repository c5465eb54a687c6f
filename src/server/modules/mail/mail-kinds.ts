import { Type } from 'typebox';
import { NOTIFICATION_KINDS } from '../notifications/notification-kinds.js';

/**
 * Every kind of mail the outbox holds. enqueueMail takes these only, so a new kind fails typecheck until it
 * is listed here; the mail log filters by them (anything else is a 400) and the back office labels each.
 */
export const MAIL_KINDS = ['invitation', 'password_reset', 'grant_notification', ...NOTIFICATION_KINDS, 'notification_digest'] as const;
export type MailKind = (typeof MAIL_KINDS)[number];

export const MailKindSchema = Type.Enum(MAIL_KINDS, { description: 'What the mail is: an invitation, a password reset, a grant notification, a ticket notification or digest' });
