import { sql, type Kysely } from 'kysely';
import { checkIn, timestampType } from './helpers.js';

const STATES = ['none', 'requested', 'approved', 'declined'];

/**
 * Approvals of orders and completed work orders (issue #14):
 * - orders and work_orders carry their current approval state and the amount asked for in the latest round,
 *   so lists and single reads show them without a join;
 * - approvals holds one row per round: staff request an amount (integer cents, the customer-facing price),
 *   then a portal user with the approve capability — or staff on the customer's behalf, with evidence —
 *   approves or declines it. A new request after a decision starts a new row; the rows are the history;
 * - notifications may name an order or a work order (record_type, record_id), so the inbox shows an approval
 *   notification only while its reader still sees the record, as it does for tickets.
 */
export async function up(db: Kysely<unknown>): Promise<void> {
  const ts = timestampType(db);
  for (const table of ['orders', 'work_orders']) {
    await db.schema
      .alterTable(table)
      .addColumn('approval_state', 'text', (c) => c.notNull().defaultTo('none').check(checkIn('approval_state', STATES)))
      .execute();
    await db.schema.alterTable(table).addColumn('approval_amount', 'integer').execute();
  }
  await db.schema
    .createTable('approvals')
    .addColumn('id', 'text', (c) => c.primaryKey())
    .addColumn('customer_id', 'text', (c) => c.notNull().references('customers.id'))
    .addColumn('resource_type', 'text', (c) => c.notNull().check(checkIn('resource_type', ['order', 'work_order'])))
    .addColumn('resource_id', 'text', (c) => c.notNull())
    .addColumn('state', 'text', (c) => c.notNull().check(checkIn('state', ['requested', 'approved', 'declined'])))
    .addColumn('amount', 'integer', (c) => c.notNull())
    .addColumn('message', 'text')
    .addColumn('requested_by_user_id', 'text', (c) => c.notNull().references('users.id'))
    .addColumn('requested_at', ts, (c) => c.notNull())
    .addColumn('decided_by_user_id', 'text', (c) => c.references('users.id'))
    .addColumn('decided_at', ts)
    .addColumn('po_reference', 'text')
    /** A PNG data URL, bounded by the API. */
    .addColumn('signature', 'text')
    .addColumn('decline_reason', 'text')
    /** Staff recorded the decision on the customer's behalf: whose decision, and the evidence. */
    .addColumn('on_behalf_person', 'text')
    .addColumn('evidence_note', 'text')
    .addColumn('evidence_file_id', 'text', (c) => c.references('files.id'))
    .execute();
  await db.schema.alterTable('notifications').addColumn('record_type', 'text', (c) => c.check(checkIn('record_type', ['order', 'work_order']))).execute();
  await db.schema.alterTable('notifications').addColumn('record_id', 'text').execute();
  await db.schema.createIndex('approvals_record_idx').on('approvals').columns(['resource_type', 'resource_id', 'requested_at']).execute();
  // At most one round waits for a decision per record, even when two staff ask at the same moment.
  await db.schema.createIndex('approvals_one_open_idx').unique().on('approvals').columns(['resource_type', 'resource_id']).where(sql.ref('state'), '=', 'requested').execute();
}
