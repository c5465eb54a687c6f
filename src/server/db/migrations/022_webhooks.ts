import type { Kysely } from 'kysely';
import { checkIn, timestampType } from './helpers.js';

/**
 * Webhooks for integrators (issue #15):
 * - webhook_subscriptions: a URL, the event kinds it wants (JSON array), its signing secret, and whom it
 *   serves: `customer_id` narrows it to one customer's events (with its sub-accounts'); `customer_facing`
 *   sends records as that customer's portal users read them, never the back office's fields.
 * - webhook_deliveries: the outbox. A delivery is written in the transaction of the change it reports, so
 *   an event is never lost nor sent for a change that rolled back; the worker posts it, retrying with
 *   backoff, and keeps the outcome for the delivery log.
 */
export async function up(db: Kysely<unknown>): Promise<void> {
  const ts = timestampType(db);
  await db.schema
    .createTable('webhook_subscriptions')
    .addColumn('id', 'text', (c) => c.primaryKey())
    .addColumn('url', 'text', (c) => c.notNull())
    .addColumn('secret', 'text', (c) => c.notNull())
    .addColumn('events', 'text', (c) => c.notNull())
    .addColumn('customer_id', 'text', (c) => c.references('customers.id'))
    .addColumn('customer_facing', 'integer', (c) => c.notNull().defaultTo(0).check(checkIn('customer_facing', ['0', '1'])))
    .addColumn('description', 'text')
    .addColumn('created_by_user_id', 'text', (c) => c.notNull().references('users.id'))
    .addColumn('created_at', ts, (c) => c.notNull())
    .addColumn('updated_at', ts, (c) => c.notNull())
    .addColumn('archived_at', ts)
    .execute();
  await db.schema
    .createTable('webhook_deliveries')
    .addColumn('id', 'text', (c) => c.primaryKey())
    .addColumn('subscription_id', 'text', (c) => c.notNull().references('webhook_subscriptions.id'))
    .addColumn('event_kind', 'text', (c) => c.notNull())
    .addColumn('payload', 'text', (c) => c.notNull())
    .addColumn('status', 'text', (c) => c.notNull().check(checkIn('status', ['pending', 'sending', 'delivered', 'failed'])))
    .addColumn('attempts', 'integer', (c) => c.notNull().defaultTo(0))
    .addColumn('next_attempt_at', ts, (c) => c.notNull())
    .addColumn('locked_until', ts)
    .addColumn('response_status', 'integer')
    .addColumn('last_error', 'text')
    .addColumn('created_at', ts, (c) => c.notNull())
    .addColumn('delivered_at', ts)
    .execute();
  await db.schema.createIndex('webhook_deliveries_due_idx').on('webhook_deliveries').columns(['status', 'next_attempt_at']).execute();
  await db.schema.createIndex('webhook_deliveries_subscription_idx').on('webhook_deliveries').columns(['subscription_id', 'id']).execute();
}
