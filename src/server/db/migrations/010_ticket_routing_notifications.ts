import type { Kysely } from 'kysely';
import { checkIn, timestampType } from './helpers.js';

/**
 * Tickets reach people (issue "tickets reach people"):
 * - routing: a ticket type names who is responsible by default; a customer may have its own responsible
 *   for a type (ticket_routes), so a key account's requests go to its account team;
 * - followers: colleagues of the submitter (or staff) who want to hear about a ticket;
 * - notifications: one row per recipient and event, the in-app inbox and the source of digest mails;
 * - notification_preferences: per user and kind, immediately / daily digest / off (no row = immediately).
 */
export async function up(db: Kysely<unknown>): Promise<void> {
  const ts = timestampType(db);
  await db.schema
    .alterTable('ticket_types')
    .addColumn('default_responsible_user_id', 'text', (c) => c.references('users.id'))
    .execute();
  await db.schema
    .alterTable('ticket_types')
    .addColumn('default_responsible_group_id', 'text', (c) => c.references('staff_groups.id'))
    .execute();

  await db.schema
    .createTable('ticket_routes')
    .addColumn('ticket_type_id', 'text', (c) => c.notNull().references('ticket_types.id'))
    .addColumn('customer_id', 'text', (c) => c.notNull().references('customers.id'))
    .addColumn('responsible_user_id', 'text', (c) => c.references('users.id'))
    .addColumn('responsible_group_id', 'text', (c) => c.references('staff_groups.id'))
    .addColumn('created_at', ts, (c) => c.notNull())
    .addColumn('updated_at', ts, (c) => c.notNull())
    .addPrimaryKeyConstraint('ticket_routes_pk', ['ticket_type_id', 'customer_id'])
    .execute();
  await db.schema.createIndex('tickets_group_created_idx').on('tickets').columns(['responsible_group_id', 'created_at', 'id']).execute();
  await db.schema.createIndex('ticket_routes_customer_idx').on('ticket_routes').column('customer_id').execute();

  await db.schema
    .createTable('ticket_followers')
    .addColumn('ticket_id', 'text', (c) => c.notNull().references('tickets.id'))
    .addColumn('user_id', 'text', (c) => c.notNull().references('users.id'))
    .addColumn('created_at', ts, (c) => c.notNull())
    .addPrimaryKeyConstraint('ticket_followers_pk', ['ticket_id', 'user_id'])
    .execute();
  await db.schema.createIndex('ticket_followers_user_idx').on('ticket_followers').column('user_id').execute();

  await db.schema
    .createTable('notifications')
    .addColumn('id', 'text', (c) => c.primaryKey())
    .addColumn('user_id', 'text', (c) => c.notNull().references('users.id'))
    .addColumn('kind', 'text', (c) => c.notNull())
    .addColumn('ticket_id', 'text', (c) => c.references('tickets.id'))
    .addColumn('customer_id', 'text', (c) => c.references('customers.id'))
    .addColumn('actor_user_id', 'text', (c) => c.references('users.id'))
    // What the event said, as the recipient may see it (JSON): rendered in the reader's language.
    .addColumn('data', 'text', (c) => c.notNull())
    .addColumn('created_at', ts, (c) => c.notNull())
    .addColumn('read_at', ts)
    // Digest delivery: set when the recipient wants a daily digest for this kind; cleared once mailed.
    .addColumn('digest_due_at', ts)
    .execute();
  await db.schema.createIndex('notifications_user_idx').on('notifications').columns(['user_id', 'id']).execute();
  await db.schema.createIndex('notifications_unread_idx').on('notifications').columns(['user_id', 'read_at']).execute();
  await db.schema.createIndex('notifications_digest_idx').on('notifications').columns(['digest_due_at']).execute();

  await db.schema
    .createTable('notification_preferences')
    .addColumn('user_id', 'text', (c) => c.notNull().references('users.id'))
    .addColumn('kind', 'text', (c) => c.notNull())
    .addColumn('delivery', 'text', (c) => c.notNull().check(checkIn('delivery', ['immediate', 'digest', 'off'])))
    .addColumn('updated_at', ts, (c) => c.notNull())
    .addPrimaryKeyConstraint('notification_preferences_pk', ['user_id', 'kind'])
    .execute();
}
