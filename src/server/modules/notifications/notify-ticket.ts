import type { AppContext, DbExecutor } from '../../context.js';
import type { NotificationDelivery } from '../../db/ticket-notification-tables.js';
import { loadAccessScope } from '../access/access-scope.js';
import { assertMayComment } from '../access/portal-capabilities.js';
import type { Principal, StaffRole } from '../access/principal.js';
import { staffMay } from '../access/staff-permissions.js';
import { enqueueMail } from '../mail/outbox.repository.js';
import { issueReplyAddress, repliesByMailEnabled } from '../ticket-replies/reply-tokens.js';
import { localizedName } from '../i18n/name-translations.js';
import { findVisibleTicket, type TicketView } from '../tickets/tickets.repository.js';
import type { NotificationData, NotificationKind } from './notification-kinds.js';
import { nextDigestAt } from './digest-schedule.js';
import { mailLocale } from '../mail/mail-locale.js';
import { ticketNotificationMail } from './ticket-mails.js';
import { insertNotification } from './notifications.repository.js';

export interface TicketEvent {
  kind: NotificationKind;
  ticket: TicketView;
  actor: Principal;
  /** Comment events: the comment as written. An internal one reaches staff only. */
  comment?: { body: string; visibility: 'public' | 'internal' } | undefined;
}

interface Candidate {
  id: string;
  kind: 'staff' | 'external';
  role: StaffRole | null;
  status: string;
  email: string | null;
  display_name: string;
  locale: string | null;
}

interface Recipient extends Candidate {
  /** Whether the policy lets them comment on the ticket now: only then does their mail get a reply address. */
  mayComment: boolean;
}

function mayCommentNow(check: () => void): boolean {
  try {
    check();
    return true;
  } catch {
    return false;
  }
}

const EXCERPT_CHARS = 500;

/**
 * Who hears about an event on a ticket:
 * - created / assigned: the responsible user, or when only a group is responsible, its members;
 * - comments and status changes: everyone on the ticket (the responsible — or the group when no user is
 *   set —, the submitter and the followers).
 * Never the actor; never a disabled or pending user; a portal user only while the access policy still
 * lets them see the ticket (a colleague who lost the site stops hearing about it); internal comments
 * reach staff only.
 */
async function recipientsOf(db: DbExecutor, event: TicketEvent): Promise<Recipient[]> {
  const { ticket } = event;
  const ids = new Set<string>();
  if (ticket.responsible_user_id) ids.add(ticket.responsible_user_id);
  else if (ticket.responsible_group_id) {
    const members = await db.selectFrom('staff_group_members').select('user_id').where('group_id', '=', ticket.responsible_group_id).execute();
    for (const member of members) ids.add(member.user_id);
  }
  if (event.kind === 'ticket_comment' || event.kind === 'ticket_status') {
    if (ticket.submitter_user_id) ids.add(ticket.submitter_user_id);
    const followers = await db.selectFrom('ticket_followers').select('user_id').where('ticket_id', '=', ticket.id).execute();
    for (const follower of followers) ids.add(follower.user_id);
  }
  ids.delete(event.actor.userId);
  if (ids.size === 0) return [];
  const users = await db
    .selectFrom('users')
    .select(['id', 'kind', 'role', 'status', 'email', 'display_name', 'locale'])
    .where('id', 'in', [...ids])
    .where('status', '=', 'active')
    .orderBy('id')
    .execute();
  const internal = event.comment?.visibility === 'internal';
  const allowed: Recipient[] = [];
  for (const user of users) {
    if (user.kind === 'external') {
      if (internal) continue;
      const scope = await loadAccessScope(db, { kind: 'external', userId: user.id, sessionId: null });
      if (!(await findVisibleTicket(db, scope, ticket.id))) continue;
      allowed.push({ ...user, mayComment: mayCommentNow(() => assertMayComment(scope, { siteId: ticket.site_id })) });
    } else {
      allowed.push({ ...user, mayComment: staffMay({ kind: 'staff', userId: user.id, role: user.role ?? 'technician', sessionId: null }, 'manage_records') });
    }
  }
  return allowed;
}

async function deliveries(db: DbExecutor, userIds: string[], kind: NotificationKind): Promise<Map<string, NotificationDelivery>> {
  if (userIds.length === 0) return new Map();
  const rows = await db.selectFrom('notification_preferences').select(['user_id', 'delivery']).where('kind', '=', kind).where('user_id', 'in', userIds).execute();
  return new Map(rows.map((row) => [row.user_id, row.delivery]));
}

/**
 * Records a ticket event for its recipients, inside the caller's transaction: the inbox rows and the
 * mails commit with the change that caused them, or not at all (the outbox then delivers with retries).
 */
export async function notifyTicketEvent(db: DbExecutor, { config, clock }: Pick<AppContext, 'config' | 'clock'>, event: TicketEvent): Promise<void> {
  const recipients = await recipientsOf(db, event);
  if (recipients.length === 0) return;
  const { ticket } = event;
  const actor = await db.selectFrom('users').select('display_name').where('id', '=', event.actor.userId).executeTakeFirst();
  const data: NotificationData = {
    ticketNumber: ticket.number,
    ticketTitle: ticket.title,
    actorName: actor?.display_name ?? null,
    ...(event.kind === 'ticket_status' ? { statusName: ticket.status_name } : {}),
    ...(event.comment ? { excerpt: excerptOf(event.comment.body), ...(event.comment.visibility === 'internal' ? { internal: true } : {}) } : {}),
  };
  const now = clock();
  const preferences = await deliveries(
    db,
    recipients.map((r) => r.id),
    event.kind,
  );
  for (const recipient of recipients) {
    const delivery = preferences.get(recipient.id) ?? 'immediate';
    const locale = mailLocale(recipient.locale);
    // The status as this recipient reads it (a translated name, migration 021), in the inbox and the mail.
    const recipientData: NotificationData = data.statusName === undefined ? data : { ...data, statusName: localizedName(ticket.status_name, ticket.status_name_translations, locale) };
    const wantsDigest = delivery === 'digest' && recipient.email !== null;
    await insertNotification(db, now, {
      userId: recipient.id,
      kind: event.kind,
      about: { ticketId: ticket.id },
      customerId: ticket.customer_id,
      actorUserId: event.actor.userId,
      data: recipientData,
      digestDueAt: wantsDigest ? nextDigestAt(now).toISOString() : null,
    });
    if (delivery !== 'immediate' || !recipient.email) continue;
    const area = recipient.kind === 'staff' ? 'staff' : 'portal';
    // A reply to an internal note stays internal: answering a mail must never publish a staff-only thread.
    const replyTo =
      repliesByMailEnabled(config) && recipient.mayComment
        ? await issueReplyAddress(db, config, now, { ticketId: ticket.id, userId: recipient.id, visibility: recipientData.internal ? 'internal' : 'public' })
        : null;
    const mail = ticketNotificationMail(
      { userId: recipient.id, email: recipient.email, name: recipient.display_name, locale },
      event.kind,
      recipientData,
      `${config.publicUrl}/${area}/tickets/${ticket.id}`,
      replyTo,
    );
    await enqueueMail(db, mail, now);
  }
}

function excerptOf(body: string): string {
  const trimmed = body.trim();
  return trimmed.length > EXCERPT_CHARS ? `${trimmed.slice(0, EXCERPT_CHARS - 1)}…` : trimmed;
}
