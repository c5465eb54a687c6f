import type { AppContext, DbExecutor } from '../../context.js';
import { loadAccessScope } from '../access/access-scope.js';
import { mailLocale } from '../mail/mail-locale.js';
import { enqueueMail } from '../mail/outbox.repository.js';
import type { ApprovalNotificationData, ApprovalNotificationKind } from '../notifications/notification-kinds.js';
import { insertNotification } from '../notifications/notifications.repository.js';
import { approvalMail, RECORD_PATHS } from './approval-mails.js';
import { findVisibleTarget, type ApprovalTarget } from './approvals.repository.js';

interface Recipient {
  id: string;
  kind: 'staff' | 'external';
  email: string | null;
  display_name: string;
  locale: string | null;
}

const USER_COLUMNS = ['users.id', 'users.kind', 'users.email', 'users.display_name', 'users.locale'] as const;

/**
 * Who is asked to approve: active portal users of the record's customer (or of a consolidated account above
 * it) with the approve capability, and of those only the ones the access policy lets see the record.
 */
async function approversOf(db: DbExecutor, target: ApprovalTarget): Promise<Recipient[]> {
  const customer = await db.selectFrom('customers').select('path').where('id', '=', target.customer_id).executeTakeFirstOrThrow();
  const customerIds = customer.path.split('/').filter(Boolean);
  const candidates = await db
    .selectFrom('users')
    .innerJoin('user_access', 'user_access.user_id', 'users.id')
    .select([...USER_COLUMNS, 'user_access.capabilities'])
    .where('users.kind', '=', 'external')
    .where('users.status', '=', 'active')
    .where('users.customer_id', 'in', customerIds)
    .orderBy('users.id')
    .execute();
  const approvers: Recipient[] = [];
  for (const { capabilities, ...user } of candidates) {
    if ((JSON.parse(capabilities) as { approve?: boolean }).approve !== true) continue;
    const scope = await loadAccessScope(db, { kind: 'external', userId: user.id, sessionId: null });
    if (await findVisibleTarget(db, scope, target.type, target.id)) approvers.push(user);
  }
  return approvers;
}

/** Who hears of a decision: the staff user who asked and, on a work order, the staff working on it. */
async function staffToTell(db: DbExecutor, target: ApprovalTarget, requestedBy: string): Promise<Recipient[]> {
  const ids = new Set([requestedBy]);
  if (target.type === 'work_order') {
    const assignees = await db.selectFrom('work_order_assignees').select('user_id').where('work_order_id', '=', target.id).execute();
    for (const assignee of assignees) ids.add(assignee.user_id);
  }
  return db.selectFrom('users').select(USER_COLUMNS).where('users.id', 'in', [...ids]).where('users.kind', '=', 'staff').where('users.status', '=', 'active').orderBy('users.id').execute();
}

export interface ApprovalEvent {
  kind: ApprovalNotificationKind;
  target: ApprovalTarget;
  actorUserId: string;
  amount: number;
  decision?: 'approved' | 'declined';
  /** Decisions: the staff user who asked for the approval. */
  requestedBy?: string;
}

/**
 * Records an approval event in the recipients' inboxes and mails it at once, inside the caller's transaction:
 * the notifications commit with the request or decision that caused them, or not at all. Never the actor.
 */
export async function notifyApprovalEvent(db: DbExecutor, { config, clock }: Pick<AppContext, 'config' | 'clock'>, event: ApprovalEvent): Promise<void> {
  const { target } = event;
  const everyone = event.kind === 'approval_requested' ? await approversOf(db, target) : await staffToTell(db, target, event.requestedBy ?? event.actorUserId);
  const recipients = everyone.filter((r) => r.id !== event.actorUserId);
  if (recipients.length === 0) return;
  const actor = await db.selectFrom('users').select('display_name').where('id', '=', event.actorUserId).executeTakeFirst();
  const data: ApprovalNotificationData = {
    recordType: target.type,
    recordId: target.id,
    recordNumber: target.number,
    recordTitle: target.title,
    actorName: actor?.display_name ?? null,
    amount: event.amount,
    ...(event.decision ? { decision: event.decision } : {}),
  };
  const now = clock();
  for (const recipient of recipients) {
    await insertNotification(db, now, {
      userId: recipient.id,
      kind: event.kind,
      about: { recordType: target.type, recordId: target.id },
      customerId: target.customer_id,
      actorUserId: event.actorUserId,
      data,
    });
    if (!recipient.email) continue;
    const area = recipient.kind === 'staff' ? 'staff' : 'portal';
    const link = `${config.publicUrl}/${area}/${RECORD_PATHS[target.type]}/${target.id}`;
    const mail = approvalMail({ userId: recipient.id, email: recipient.email, name: recipient.display_name, locale: mailLocale(recipient.locale) }, event.kind, data, link);
    await enqueueMail(db, mail, now);
  }
}
