import type { DbExecutor } from '../../context.js';
import type { AccessScope } from '../access/access-scope.js';
import { countUpTo, type CappedCount } from './capped-count.js';

/** Queues beyond this many are shown as "1000+". */
export const QUEUE_CAP = 1000;
/** Work orders not yet finished: past their planned end, they are overdue. */
export const UNFINISHED_WORK_ORDER_STATUSES = ['open', 'scheduled', 'in_progress', 'on_hold'] as const;

export interface QueueBounds {
  userId: string;
  /** ISO instant: SLA warnings and planned ends before it count. */
  now: string;
  /** YYYY-MM-DD: assets due on or before it. */
  dueBefore: string;
}

export type StaffQueues = Record<'newUnassignedTickets' | 'myTickets' | 'ticketsAtRisk' | 'overdueWorkOrders' | 'assetsDueSoon' | 'pendingInvitations', CappedCount>;

/**
 * The staff home's queues. Each is the same predicate as the list filter its card links to (tickets,
 * work orders, assets, users lists), so the count and the list agree; each is served by an index.
 */
export async function countStaffQueues(db: DbExecutor, scope: AccessScope, bounds: QueueBounds): Promise<StaffQueues> {
  const tickets = db.selectFrom('tickets').selectAll('tickets').where(scope.visible('tickets')).where('tickets.archived_at', 'is', null);
  const openStatuses = db.selectFrom('ticket_statuses').select('ticket_statuses.id').where('ticket_statuses.category', '=', 'open');
  const count = <TB extends Parameters<typeof countUpTo>[1]>(rows: TB) => countUpTo(db, rows, QUEUE_CAP);
  const [newUnassignedTickets, myTickets, ticketsAtRisk, overdueWorkOrders, assetsDueSoon, pendingInvitations] = await Promise.all([
    count(tickets.where('tickets.status_id', 'in', openStatuses).where('tickets.responsible_user_id', 'is', null).where('tickets.responsible_group_id', 'is', null)),
    count(tickets.where('tickets.responsible_user_id', '=', bounds.userId).where('tickets.closed_at', 'is', null)),
    count(tickets.where('tickets.sla_warn_at', '<=', bounds.now)),
    count(
      db
        .selectFrom('work_orders')
        .selectAll('work_orders')
        .where(scope.visible('work_orders'))
        .where('work_orders.archived_at', 'is', null)
        .where('work_orders.status', 'in', [...UNFINISHED_WORK_ORDER_STATUSES])
        .where('work_orders.planned_end', '<', bounds.now),
    ),
    count(db.selectFrom('assets').selectAll('assets').where(scope.visible('assets')).where('assets.archived_at', 'is', null).where('assets.next_due_date', '<=', bounds.dueBefore)),
    count(db.selectFrom('users').selectAll('users').where(scope.visible('users')).where('users.kind', '=', 'external').where('users.status', '=', 'pending')),
  ]);
  return { newUnassignedTickets, myTickets, ticketsAtRisk, overdueWorkOrders, assetsDueSoon, pendingInvitations };
}
