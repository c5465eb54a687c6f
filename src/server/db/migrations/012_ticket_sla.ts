import { sql, type Kysely } from 'kysely';
import { timestampType } from './helpers.js';

/**
 * Service levels for tickets and the staff home's queues (issue #10):
 * - ticket_types get a first-response and a resolution target in minutes (null: no target);
 * - tickets get the due times computed from those targets when raised, the time of the first response
 *   (first public staff comment), and two derived columns the lists filter on: sla_due_at, the earliest
 *   deadline still open or already missed, and sla_warn_at, when that deadline becomes "near". Both are
 *   null for closed tickets and tickets without targets, so their partial indexes hold only live tickets.
 *   closed_at (002) is the resolution time: set on entering a closed-category status, cleared on reopening.
 * Old tickets keep nulls: no targets existed when they were raised.
 * The remaining indexes serve the staff home's counts and charts without scanning big tables.
 */
export async function up(db: Kysely<unknown>): Promise<void> {
  const ts = timestampType(db);
  await db.schema.alterTable('ticket_types').addColumn('first_response_minutes', 'integer').execute();
  await db.schema.alterTable('ticket_types').addColumn('resolution_minutes', 'integer').execute();
  for (const column of ['first_response_due_at', 'resolution_due_at', 'first_responded_at', 'sla_due_at', 'sla_warn_at']) {
    await db.schema.alterTable('tickets').addColumn(column, ts).execute();
  }
  await db.schema.createIndex('tickets_sla_due_idx').on('tickets').column('sla_due_at').where(sql.ref('sla_due_at'), 'is not', null).execute();
  await db.schema.createIndex('tickets_sla_warn_idx').on('tickets').column('sla_warn_at').where(sql.ref('sla_warn_at'), 'is not', null).execute();
  // Tickets resolved per week, and the open ones (closed_at is null) for the backlog series.
  await db.schema.createIndex('tickets_closed_idx').on('tickets').column('closed_at').execute();
  // Overdue work orders: a few status values, each a range on planned_end.
  await db.schema.createIndex('work_orders_status_planned_end_idx').on('work_orders').columns(['status', 'planned_end']).execute();
  // Assets due per month across all customers; archived_at and status ride along so counting never reads the table.
  await db.schema.createIndex('assets_next_due_idx').on('assets').columns(['next_due_date', 'archived_at', 'status']).execute();
}
