import type { Kysely } from 'kysely';
import { checkIn, timestampType } from './helpers.js';

/**
 * External (portal) users and their access configuration: the customer or consolidated account they
 * belong to, site grants (read/write), explicit record grants, per-type modes and capabilities;
 * invitations and password resets (single-use, hashed tokens); the mail outbox.
 */
export async function up(db: Kysely<unknown>): Promise<void> {
  const ts = timestampType(db);

  await db.schema.alterTable('users').addColumn('customer_id', 'text', (c) => c.references('customers.id')).execute();
  await db.schema.alterTable('users').addColumn('contact_id', 'text', (c) => c.references('contacts.id')).execute();
  await db.schema.alterTable('users').addColumn('role_template', 'text').execute();
  // A preview session acts as the external user, read-only, on behalf of the staff user named here.
  await db.schema.alterTable('sessions').addColumn('preview_by_user_id', 'text').execute();
  await db.schema.createIndex('users_customer_idx').on('users').columns(['customer_id', 'display_name', 'id']).execute();

  await db.schema
    .createTable('user_access')
    .addColumn('user_id', 'text', (c) => c.primaryKey().references('users.id').onDelete('cascade'))
    /** 1: only the sites in user_site_access; 0: every site of the user's customers. */
    .addColumn('sites_restricted', 'integer', (c) => c.notNull())
    .addColumn('asset_mode', 'text', (c) => c.notNull().check(checkIn('asset_mode', ['all_in_scope', 'granted_only'])))
    .addColumn('work_order_mode', 'text', (c) => c.notNull().check(checkIn('work_order_mode', ['all_under_visible_assets', 'assigned_only'])))
    .addColumn('project_mode', 'text', (c) => c.notNull().check(checkIn('project_mode', ['all_in_scope', 'granted_only'])))
    .addColumn('ticket_mode', 'text', (c) => c.notNull().check(checkIn('ticket_mode', ['own', 'all_in_scope'])))
    .addColumn('order_mode', 'text', (c) => c.notNull().check(checkIn('order_mode', ['all_in_scope', 'own'])))
    .addColumn('schedule_mode', 'text', (c) => c.notNull().check(checkIn('schedule_mode', ['assigned_only'])))
    /** JSON: { manageDevices, createTickets, ticketTypeIds, statusIds, recipientUserIds, recipientGroupIds, uploadFiles, customerAdmin }. */
    .addColumn('capabilities', 'text', (c) => c.notNull())
    .addColumn('updated_at', ts, (c) => c.notNull())
    .execute();

  await db.schema
    .createTable('user_site_access')
    .addColumn('user_id', 'text', (c) => c.notNull().references('users.id').onDelete('cascade'))
    .addColumn('site_id', 'text', (c) => c.notNull().references('sites.id').onDelete('cascade'))
    .addColumn('level', 'text', (c) => c.notNull().check(checkIn('level', ['read', 'write'])))
    .addPrimaryKeyConstraint('user_site_access_pk', ['user_id', 'site_id'])
    .execute();

  await db.schema
    .createTable('access_grants')
    .addColumn('id', 'text', (c) => c.primaryKey())
    .addColumn('user_id', 'text', (c) => c.notNull().references('users.id').onDelete('cascade'))
    .addColumn('resource_type', 'text', (c) =>
      c.notNull().check(checkIn('resource_type', ['asset', 'project', 'work_order', 'order', 'ticket', 'schedule_entry'])),
    )
    .addColumn('resource_id', 'text', (c) => c.notNull())
    .addColumn('kind', 'text', (c) => c.notNull().check(checkIn('kind', ['visible', 'assigned'])))
    .addColumn('customer_id', 'text', (c) => c.notNull())
    .addColumn('created_at', ts, (c) => c.notNull())
    .addColumn('created_by_user_id', 'text')
    .execute();
  await db.schema.createIndex('access_grants_user_resource_key').on('access_grants').columns(['user_id', 'resource_type', 'resource_id']).unique().execute();
  await db.schema.createIndex('access_grants_resource_idx').on('access_grants').columns(['resource_type', 'resource_id']).execute();

  for (const table of ['invitations', 'password_resets'] as const) {
    await db.schema
      .createTable(table)
      .addColumn('id', 'text', (c) => c.primaryKey())
      .addColumn('user_id', 'text', (c) => c.notNull().references('users.id').onDelete('cascade'))
      .addColumn('token_hash', 'text', (c) => c.notNull())
      .addColumn('created_at', ts, (c) => c.notNull())
      .addColumn('expires_at', ts, (c) => c.notNull())
      .addColumn('used_at', ts)
      .addColumn('revoked_at', ts)
      .addColumn('created_by_user_id', 'text')
      .execute();
    await db.schema.createIndex(`${table}_token_key`).on(table).column('token_hash').unique().execute();
    await db.schema.createIndex(`${table}_user_idx`).on(table).columns(['user_id', 'created_at']).execute();
  }

  await db.schema
    .createTable('mail_outbox')
    .addColumn('id', 'text', (c) => c.primaryKey())
    .addColumn('kind', 'text', (c) => c.notNull())
    .addColumn('to_address', 'text', (c) => c.notNull())
    .addColumn('subject', 'text', (c) => c.notNull())
    .addColumn('text_body', 'text', (c) => c.notNull())
    .addColumn('html_body', 'text')
    .addColumn('user_id', 'text')
    .addColumn('status', 'text', (c) => c.notNull().check(checkIn('status', ['pending', 'sending', 'sent', 'failed'])))
    .addColumn('attempts', 'integer', (c) => c.notNull().defaultTo(0))
    .addColumn('next_attempt_at', ts, (c) => c.notNull())
    .addColumn('locked_until', ts)
    .addColumn('last_error', 'text')
    .addColumn('created_at', ts, (c) => c.notNull())
    .addColumn('sent_at', ts)
    .execute();
  await db.schema.createIndex('mail_outbox_due_idx').on('mail_outbox').columns(['status', 'next_attempt_at']).execute();
}
