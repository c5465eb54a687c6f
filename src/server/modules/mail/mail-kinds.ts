import type { ApprovalNotificationKind, NotificationKind } from '../notifications/notification-kinds.js';

/**
 * Every kind of mail the outbox holds. enqueueMail takes these only, so a new kind fails typecheck until it
 * is listed here; the mail log filters by them (anything else is a 400) and the back office labels each.
 * No runtime imports: the web app reads this list too.
 */
export const MAIL_KINDS = [
  'invitation',
  'password_reset',
  'grant_notification',
  'ticket_created',
  'ticket_assigned',
  'ticket_comment',
  'ticket_status',
  'notification_digest',
  'approval_requested',
  'approval_decided',
] as const;
export type MailKind = (typeof MAIL_KINDS)[number];

// Each ticket notification is mailed under its own kind: a new notification kind must be listed above.
const notificationKindsListed: NotificationKind | ApprovalNotificationKind extends MailKind ? true : never = true;
void notificationKindsListed;
