import { sql, type ExpressionBuilder, type Selectable } from 'kysely';
import type { DbExecutor } from '../../context.js';
import type { Database } from '../../db/schema.js';
import { newId } from '../../db/ids.js';
import { fetchPage, type Page } from '../../http/list-query.js';
import type { AccessScope } from '../access/access-scope.js';
import type { NotificationsTable } from '../../db/ticket-notification-tables.js';

const NEWEST_FIRST = { field: 'id', column: 'id', direction: 'desc' } as const;

/**
 * A user's own notifications, and of those only the ones about records the access policy still lets
 * them see: a colleague moved off a site keeps no window onto its tickets through old notifications.
 */
function ownVisible(scope: AccessScope) {
  return (eb: ExpressionBuilder<Database, 'notifications'>) =>
    eb.and([
      eb('notifications.user_id', '=', scope.principal.userId),
      eb.or([
        eb('notifications.ticket_id', 'is', null),
        eb.exists(eb.selectFrom('tickets').select(sql`1`.as('one')).whereRef('tickets.id', '=', 'notifications.ticket_id').where(scope.visible('tickets'))),
      ]),
      // Approval notifications name an order or a work order: the same rule.
      eb.or([
        eb('notifications.record_type', 'is', null),
        eb.and([
          eb('notifications.record_type', '=', 'order'),
          eb.exists(eb.selectFrom('orders').select(sql`1`.as('one')).whereRef('orders.id', '=', 'notifications.record_id').where(scope.visible('orders'))),
        ]),
        eb.and([
          eb('notifications.record_type', '=', 'work_order'),
          eb.exists(eb.selectFrom('work_orders').select(sql`1`.as('one')).whereRef('work_orders.id', '=', 'notifications.record_id').where(scope.visible('work_orders'))),
        ]),
      ]),
    ]);
}

export async function listNotifications(
  db: DbExecutor,
  scope: AccessScope,
  options: { unreadOnly?: boolean | undefined; cursor?: string | undefined; limit?: number | undefined },
): Promise<Page<Selectable<NotificationsTable>>> {
  let query = db.selectFrom('notifications').selectAll('notifications').where(ownVisible(scope));
  if (options.unreadOnly) query = query.where('notifications.read_at', 'is', null);
  return fetchPage(query, { table: 'notifications', sort: NEWEST_FIRST, cursor: options.cursor, limit: options.limit });
}

/** Unread notifications, counted up to `cap` (the bell shows "99+"; counting further would be wasted work). */
export async function countUnread(db: DbExecutor, scope: AccessScope, cap: number): Promise<number> {
  const capped = db
    .selectFrom('notifications')
    .select('notifications.id')
    .where(ownVisible(scope))
    .where('notifications.read_at', 'is', null)
    .limit(cap);
  const row = await db.selectFrom(capped.as('unread')).select((eb) => eb.fn.countAll<number | string>().as('count')).executeTakeFirst();
  return Number(row?.count ?? 0);
}

/** Marks one notification read; false when it is not the caller's (or not visible to them). */
export async function markRead(db: DbExecutor, scope: AccessScope, id: string, now: string): Promise<boolean> {
  const visible = await db.selectFrom('notifications').select(['id', 'read_at']).where(ownVisible(scope)).where('notifications.id', '=', id).executeTakeFirst();
  if (!visible) return false;
  if (!visible.read_at) await db.updateTable('notifications').set({ read_at: now }).where('id', '=', id).execute();
  return true;
}

export async function markAllRead(db: DbExecutor, scope: AccessScope, now: string): Promise<void> {
  await db
    .updateTable('notifications')
    .set({ read_at: now })
    .where('user_id', '=', scope.principal.userId)
    .where('read_at', 'is', null)
    .execute();
}

export interface NewNotification {
  userId: string;
  kind: string;
  /** What it is about: a ticket, or an order or work order (approvals); the inbox shows it only while its reader sees that. */
  about: { ticketId: string } | { recordType: 'order' | 'work_order'; recordId: string };
  customerId: string | null;
  actorUserId: string | null;
  /** What the event said, as this recipient may see it. */
  data: object;
  digestDueAt?: string | null;
}

/** One inbox entry, in the caller's transaction (the change that caused it commits with it). */
export async function insertNotification(db: DbExecutor, now: Date, n: NewNotification): Promise<void> {
  const about = 'ticketId' in n.about ? { ticket_id: n.about.ticketId } : { ticket_id: null, record_type: n.about.recordType, record_id: n.about.recordId };
  await db
    .insertInto('notifications')
    .values({
      id: newId(now.getTime()),
      user_id: n.userId,
      kind: n.kind,
      ...about,
      customer_id: n.customerId,
      actor_user_id: n.actorUserId,
      data: JSON.stringify(n.data),
      created_at: now.toISOString(),
      read_at: null,
      digest_due_at: n.digestDueAt ?? null,
    })
    .execute();
}
