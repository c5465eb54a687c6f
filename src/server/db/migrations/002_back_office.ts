import type { Kysely } from 'kysely';
import { checkIn, timestampType } from './helpers.js';

/**
 * The service company's back office. Every customer-owned table carries customer_id (and site_id where
 * the record has a place) so the access policy is a few indexed predicates and the schema can be
 * distributed by customer. Trees (customers, sites, assets) keep a materialized path of ids
 * ('/root/…/self/') so "everything under X" is one indexed prefix match.
 */
export async function up(db: Kysely<unknown>): Promise<void> {
  const ts = timestampType(db);

  await db.schema
    .createTable('sequences')
    .addColumn('name', 'text', (c) => c.primaryKey())
    .addColumn('value', 'integer', (c) => c.notNull())
    .execute();

  await db.schema
    .createTable('customers')
    .addColumn('id', 'text', (c) => c.primaryKey())
    .addColumn('parent_id', 'text', (c) => c.references('customers.id'))
    .addColumn('path', 'text', (c) => c.notNull())
    .addColumn('number', 'text', (c) => c.notNull())
    .addColumn('name', 'text', (c) => c.notNull())
    .addColumn('email', 'text')
    .addColumn('phone', 'text')
    .addColumn('internal_notes', 'text')
    /** JSON array of portal areas switched on for this customer's users, e.g. ["assets","tickets"]. */
    .addColumn('portal_areas', 'text', (c) => c.notNull())
    .addColumn('created_at', ts, (c) => c.notNull())
    .addColumn('updated_at', ts, (c) => c.notNull())
    .addColumn('archived_at', ts)
    .execute();
  await db.schema.createIndex('customers_number_key').on('customers').column('number').unique().execute();
  await db.schema.createIndex('customers_parent_idx').on('customers').columns(['parent_id', 'id']).execute();
  await db.schema.createIndex('customers_path_idx').on('customers').column('path').execute();
  await db.schema.createIndex('customers_name_idx').on('customers').columns(['name', 'id']).execute();

  await db.schema
    .createTable('sites')
    .addColumn('id', 'text', (c) => c.primaryKey())
    .addColumn('customer_id', 'text', (c) => c.notNull().references('customers.id'))
    .addColumn('parent_id', 'text', (c) => c.references('sites.id'))
    .addColumn('path', 'text', (c) => c.notNull())
    .addColumn('name', 'text', (c) => c.notNull())
    .addColumn('kind', 'text', (c) => c.notNull().check(checkIn('kind', ['facility', 'address', 'branch', 'plant', 'building', 'other'])))
    .addColumn('street', 'text')
    .addColumn('postal_code', 'text')
    .addColumn('city', 'text')
    .addColumn('country', 'text')
    .addColumn('internal_notes', 'text')
    .addColumn('created_at', ts, (c) => c.notNull())
    .addColumn('updated_at', ts, (c) => c.notNull())
    .addColumn('archived_at', ts)
    .execute();
  await db.schema.createIndex('sites_customer_name_idx').on('sites').columns(['customer_id', 'name', 'id']).execute();
  await db.schema.createIndex('sites_path_idx').on('sites').column('path').execute();

  await db.schema
    .createTable('contacts')
    .addColumn('id', 'text', (c) => c.primaryKey())
    .addColumn('customer_id', 'text', (c) => c.notNull().references('customers.id'))
    .addColumn('name', 'text', (c) => c.notNull())
    .addColumn('email', 'text')
    .addColumn('phone', 'text')
    .addColumn('job_title', 'text')
    .addColumn('created_at', ts, (c) => c.notNull())
    .addColumn('updated_at', ts, (c) => c.notNull())
    .addColumn('archived_at', ts)
    .execute();
  await db.schema.createIndex('contacts_customer_name_idx').on('contacts').columns(['customer_id', 'name', 'id']).execute();

  await db.schema
    .createTable('contact_sites')
    .addColumn('contact_id', 'text', (c) => c.notNull().references('contacts.id').onDelete('cascade'))
    .addColumn('site_id', 'text', (c) => c.notNull().references('sites.id').onDelete('cascade'))
    .addPrimaryKeyConstraint('contact_sites_pk', ['contact_id', 'site_id'])
    .execute();
  await db.schema.createIndex('contact_sites_site_idx').on('contact_sites').column('site_id').execute();

  await db.schema
    .createTable('staff_groups')
    .addColumn('id', 'text', (c) => c.primaryKey())
    .addColumn('name', 'text', (c) => c.notNull())
    .addColumn('created_at', ts, (c) => c.notNull())
    .addColumn('updated_at', ts, (c) => c.notNull())
    .addColumn('archived_at', ts)
    .execute();
  await db.schema
    .createTable('staff_group_members')
    .addColumn('group_id', 'text', (c) => c.notNull().references('staff_groups.id').onDelete('cascade'))
    .addColumn('user_id', 'text', (c) => c.notNull().references('users.id').onDelete('cascade'))
    .addPrimaryKeyConstraint('staff_group_members_pk', ['group_id', 'user_id'])
    .execute();

  await db.schema
    .createTable('projects')
    .addColumn('id', 'text', (c) => c.primaryKey())
    .addColumn('customer_id', 'text', (c) => c.notNull().references('customers.id'))
    .addColumn('site_id', 'text', (c) => c.references('sites.id'))
    .addColumn('number', 'text', (c) => c.notNull())
    .addColumn('name', 'text', (c) => c.notNull())
    .addColumn('description', 'text')
    .addColumn('kind', 'text', (c) => c.notNull().check(checkIn('kind', ['design', 'installation'])))
    .addColumn('status', 'text', (c) => c.notNull().check(checkIn('status', ['planned', 'active', 'on_hold', 'completed', 'cancelled'])))
    .addColumn('start_date', 'text')
    .addColumn('due_date', 'text')
    .addColumn('internal_notes', 'text')
    .addColumn('created_at', ts, (c) => c.notNull())
    .addColumn('updated_at', ts, (c) => c.notNull())
    .addColumn('archived_at', ts)
    .execute();
  await db.schema.createIndex('projects_number_key').on('projects').column('number').unique().execute();
  await db.schema.createIndex('projects_customer_idx').on('projects').columns(['customer_id', 'site_id', 'id']).execute();

  await db.schema
    .createTable('assets')
    .addColumn('id', 'text', (c) => c.primaryKey())
    .addColumn('customer_id', 'text', (c) => c.notNull().references('customers.id'))
    .addColumn('site_id', 'text', (c) => c.references('sites.id'))
    .addColumn('parent_id', 'text', (c) => c.references('assets.id'))
    /** Top of this asset's tree (itself for a top-level asset): grants on roots cascade by this column. */
    .addColumn('root_id', 'text', (c) => c.notNull())
    .addColumn('path', 'text', (c) => c.notNull())
    .addColumn('depth', 'integer', (c) => c.notNull())
    /** The project that placed this device, if any. */
    .addColumn('project_id', 'text', (c) => c.references('projects.id'))
    .addColumn('name', 'text', (c) => c.notNull())
    .addColumn('category', 'text')
    .addColumn('serial_number', 'text')
    .addColumn('manufacturer', 'text')
    .addColumn('model', 'text')
    .addColumn('status', 'text', (c) => c.notNull().check(checkIn('status', ['active', 'inactive', 'in_repair', 'decommissioned'])))
    .addColumn('next_due_date', 'text')
    .addColumn('last_service_date', 'text')
    .addColumn('custom_fields', 'text', (c) => c.notNull())
    .addColumn('internal_notes', 'text')
    .addColumn('created_at', ts, (c) => c.notNull())
    .addColumn('updated_at', ts, (c) => c.notNull())
    .addColumn('archived_at', ts)
    .execute();
  await db.schema.createIndex('assets_customer_site_name_idx').on('assets').columns(['customer_id', 'site_id', 'name', 'id']).execute();
  await db.schema.createIndex('assets_customer_name_idx').on('assets').columns(['customer_id', 'name', 'id']).execute();
  await db.schema.createIndex('assets_root_idx').on('assets').columns(['root_id', 'id']).execute();
  await db.schema.createIndex('assets_parent_idx').on('assets').columns(['parent_id', 'name', 'id']).execute();
  await db.schema.createIndex('assets_path_idx').on('assets').column('path').execute();
  await db.schema.createIndex('assets_project_idx').on('assets').column('project_id').execute();
  await db.schema.createIndex('assets_due_idx').on('assets').columns(['customer_id', 'next_due_date', 'id']).execute();

  await db.schema
    .createTable('work_orders')
    .addColumn('id', 'text', (c) => c.primaryKey())
    .addColumn('customer_id', 'text', (c) => c.notNull().references('customers.id'))
    .addColumn('site_id', 'text', (c) => c.references('sites.id'))
    .addColumn('asset_id', 'text', (c) => c.references('assets.id'))
    /** Denormalized from the asset so "work orders under visible assets" needs no join. */
    .addColumn('root_asset_id', 'text')
    .addColumn('project_id', 'text', (c) => c.references('projects.id'))
    .addColumn('number', 'text', (c) => c.notNull())
    .addColumn('title', 'text', (c) => c.notNull())
    .addColumn('description', 'text')
    .addColumn('kind', 'text', (c) => c.notNull().check(checkIn('kind', ['maintenance', 'calibration', 'repair', 'inspection', 'installation', 'other'])))
    .addColumn('status', 'text', (c) => c.notNull().check(checkIn('status', ['open', 'scheduled', 'in_progress', 'on_hold', 'completed', 'cancelled'])))
    .addColumn('priority', 'text', (c) => c.notNull().check(checkIn('priority', ['low', 'normal', 'high', 'urgent'])))
    .addColumn('planned_start', ts)
    .addColumn('planned_end', ts)
    .addColumn('completed_at', ts)
    .addColumn('internal_cost', 'integer')
    .addColumn('created_at', ts, (c) => c.notNull())
    .addColumn('updated_at', ts, (c) => c.notNull())
    .addColumn('archived_at', ts)
    .execute();
  await db.schema.createIndex('work_orders_number_key').on('work_orders').column('number').unique().execute();
  await db.schema.createIndex('work_orders_customer_idx').on('work_orders').columns(['customer_id', 'site_id', 'id']).execute();
  await db.schema.createIndex('work_orders_root_asset_idx').on('work_orders').columns(['root_asset_id', 'id']).execute();
  await db.schema.createIndex('work_orders_asset_idx').on('work_orders').columns(['asset_id', 'id']).execute();

  await db.schema
    .createTable('work_order_assignees')
    .addColumn('work_order_id', 'text', (c) => c.notNull().references('work_orders.id').onDelete('cascade'))
    .addColumn('user_id', 'text', (c) => c.notNull().references('users.id').onDelete('cascade'))
    .addPrimaryKeyConstraint('work_order_assignees_pk', ['work_order_id', 'user_id'])
    .execute();

  await db.schema
    .createTable('work_order_notes')
    .addColumn('id', 'text', (c) => c.primaryKey())
    .addColumn('work_order_id', 'text', (c) => c.notNull().references('work_orders.id').onDelete('cascade'))
    .addColumn('customer_id', 'text', (c) => c.notNull())
    .addColumn('author_user_id', 'text', (c) => c.references('users.id'))
    .addColumn('body', 'text', (c) => c.notNull())
    .addColumn('visibility', 'text', (c) => c.notNull().check(checkIn('visibility', ['internal', 'public'])))
    .addColumn('created_at', ts, (c) => c.notNull())
    .execute();
  await db.schema.createIndex('work_order_notes_owner_idx').on('work_order_notes').columns(['work_order_id', 'id']).execute();

  await db.schema
    .createTable('project_parts')
    .addColumn('id', 'text', (c) => c.primaryKey())
    .addColumn('project_id', 'text', (c) => c.notNull().references('projects.id').onDelete('cascade'))
    .addColumn('customer_id', 'text', (c) => c.notNull())
    .addColumn('part_number', 'text')
    .addColumn('description', 'text', (c) => c.notNull())
    .addColumn('quantity', 'integer', (c) => c.notNull())
    .addColumn('status', 'text', (c) => c.notNull().check(checkIn('status', ['planned', 'ordered', 'delivered', 'installed'])))
    .addColumn('created_at', ts, (c) => c.notNull())
    .addColumn('updated_at', ts, (c) => c.notNull())
    .execute();
  await db.schema.createIndex('project_parts_owner_idx').on('project_parts').columns(['project_id', 'id']).execute();

  await db.schema
    .createTable('project_reports')
    .addColumn('id', 'text', (c) => c.primaryKey())
    .addColumn('project_id', 'text', (c) => c.notNull().references('projects.id').onDelete('cascade'))
    .addColumn('customer_id', 'text', (c) => c.notNull())
    .addColumn('title', 'text', (c) => c.notNull())
    .addColumn('summary', 'text')
    .addColumn('report_date', 'text', (c) => c.notNull())
    .addColumn('created_at', ts, (c) => c.notNull())
    .execute();
  await db.schema.createIndex('project_reports_owner_idx').on('project_reports').columns(['project_id', 'id']).execute();

  await db.schema
    .createTable('orders')
    .addColumn('id', 'text', (c) => c.primaryKey())
    .addColumn('customer_id', 'text', (c) => c.notNull().references('customers.id'))
    .addColumn('site_id', 'text', (c) => c.references('sites.id'))
    .addColumn('number', 'text', (c) => c.notNull())
    .addColumn('title', 'text', (c) => c.notNull())
    .addColumn('status', 'text', (c) => c.notNull().check(checkIn('status', ['received', 'in_production', 'ready', 'shipped', 'completed', 'cancelled'])))
    .addColumn('deadline', 'text')
    /** The portal user who placed it, for the `own` orders mode. */
    .addColumn('placed_by_user_id', 'text', (c) => c.references('users.id'))
    .addColumn('internal_notes', 'text')
    .addColumn('created_at', ts, (c) => c.notNull())
    .addColumn('updated_at', ts, (c) => c.notNull())
    .addColumn('archived_at', ts)
    .execute();
  await db.schema.createIndex('orders_number_key').on('orders').column('number').unique().execute();
  await db.schema.createIndex('orders_customer_idx').on('orders').columns(['customer_id', 'site_id', 'id']).execute();

  // Tasks are internal work items; external users never see them.
  for (const [table, owner, ownerTable] of [
    ['work_order_tasks', 'work_order_id', 'work_orders'],
    ['project_tasks', 'project_id', 'projects'],
    ['order_tasks', 'order_id', 'orders'],
  ] as const) {
    await db.schema
      .createTable(table)
      .addColumn('id', 'text', (c) => c.primaryKey())
      .addColumn(owner, 'text', (c) => c.notNull().references(`${ownerTable}.id`).onDelete('cascade'))
      .addColumn('customer_id', 'text', (c) => c.notNull())
      .addColumn('title', 'text', (c) => c.notNull())
      .addColumn('done', 'integer', (c) => c.notNull().defaultTo(0))
      .addColumn('position', 'integer', (c) => c.notNull())
      .addColumn('created_at', ts, (c) => c.notNull())
      .addColumn('updated_at', ts, (c) => c.notNull())
      .execute();
    await db.schema.createIndex(`${table}_owner_idx`).on(table).columns([owner, 'position']).execute();
  }

  await db.schema
    .createTable('flags')
    .addColumn('id', 'text', (c) => c.primaryKey())
    .addColumn('name', 'text', (c) => c.notNull())
    .addColumn('color', 'text', (c) => c.notNull())
    .addColumn('customer_visible', 'integer', (c) => c.notNull())
    .addColumn('created_at', ts, (c) => c.notNull())
    .addColumn('updated_at', ts, (c) => c.notNull())
    .addColumn('archived_at', ts)
    .execute();
  await db.schema
    .createTable('flag_assignments')
    .addColumn('flag_id', 'text', (c) => c.notNull().references('flags.id').onDelete('cascade'))
    .addColumn('resource_type', 'text', (c) => c.notNull().check(checkIn('resource_type', ['order', 'work_order', 'project'])))
    .addColumn('resource_id', 'text', (c) => c.notNull())
    .addColumn('customer_id', 'text', (c) => c.notNull())
    .addColumn('created_at', ts, (c) => c.notNull())
    .addPrimaryKeyConstraint('flag_assignments_pk', ['resource_type', 'resource_id', 'flag_id'])
    .execute();

  await db.schema
    .createTable('ticket_types')
    .addColumn('id', 'text', (c) => c.primaryKey())
    .addColumn('key', 'text', (c) => c.notNull())
    .addColumn('name', 'text', (c) => c.notNull())
    /** null: offered to every customer; set: a type only this customer has. */
    .addColumn('customer_id', 'text', (c) => c.references('customers.id'))
    .addColumn('created_at', ts, (c) => c.notNull())
    .addColumn('updated_at', ts, (c) => c.notNull())
    .addColumn('archived_at', ts)
    .execute();
  await db.schema.createIndex('ticket_types_key_idx').on('ticket_types').columns(['key', 'customer_id']).execute();

  await db.schema
    .createTable('ticket_statuses')
    .addColumn('id', 'text', (c) => c.primaryKey())
    .addColumn('key', 'text', (c) => c.notNull())
    .addColumn('name', 'text', (c) => c.notNull())
    .addColumn('category', 'text', (c) => c.notNull().check(checkIn('category', ['open', 'in_progress', 'closed'])))
    .addColumn('position', 'integer', (c) => c.notNull())
    .addColumn('is_initial', 'integer', (c) => c.notNull().defaultTo(0))
    .addColumn('created_at', ts, (c) => c.notNull())
    .addColumn('updated_at', ts, (c) => c.notNull())
    .addColumn('archived_at', ts)
    .execute();
  await db.schema.createIndex('ticket_statuses_key_key').on('ticket_statuses').column('key').unique().execute();

  await db.schema
    .createTable('tickets')
    .addColumn('id', 'text', (c) => c.primaryKey())
    .addColumn('customer_id', 'text', (c) => c.notNull().references('customers.id'))
    .addColumn('site_id', 'text', (c) => c.references('sites.id'))
    .addColumn('asset_id', 'text', (c) => c.references('assets.id'))
    .addColumn('root_asset_id', 'text')
    .addColumn('number', 'text', (c) => c.notNull())
    .addColumn('type_id', 'text', (c) => c.notNull().references('ticket_types.id'))
    .addColumn('status_id', 'text', (c) => c.notNull().references('ticket_statuses.id'))
    .addColumn('title', 'text', (c) => c.notNull())
    .addColumn('description', 'text')
    .addColumn('priority', 'text', (c) => c.notNull().check(checkIn('priority', ['low', 'normal', 'high', 'urgent'])))
    .addColumn('submitter_user_id', 'text', (c) => c.references('users.id'))
    .addColumn('responsible_user_id', 'text', (c) => c.references('users.id'))
    .addColumn('responsible_group_id', 'text', (c) => c.references('staff_groups.id'))
    /** Feedback tickets: 1–5 stars. */
    .addColumn('rating', 'integer')
    .addColumn('created_at', ts, (c) => c.notNull())
    .addColumn('updated_at', ts, (c) => c.notNull())
    .addColumn('closed_at', ts)
    .addColumn('archived_at', ts)
    .execute();
  await db.schema.createIndex('tickets_number_key').on('tickets').column('number').unique().execute();
  await db.schema.createIndex('tickets_customer_idx').on('tickets').columns(['customer_id', 'site_id', 'id']).execute();
  await db.schema.createIndex('tickets_submitter_idx').on('tickets').columns(['submitter_user_id', 'id']).execute();
  await db.schema.createIndex('tickets_root_asset_idx').on('tickets').columns(['root_asset_id', 'id']).execute();

  await db.schema
    .createTable('ticket_comments')
    .addColumn('id', 'text', (c) => c.primaryKey())
    .addColumn('ticket_id', 'text', (c) => c.notNull().references('tickets.id').onDelete('cascade'))
    .addColumn('customer_id', 'text', (c) => c.notNull())
    .addColumn('author_user_id', 'text', (c) => c.references('users.id'))
    .addColumn('body', 'text', (c) => c.notNull())
    .addColumn('visibility', 'text', (c) => c.notNull().check(checkIn('visibility', ['internal', 'public'])))
    .addColumn('created_at', ts, (c) => c.notNull())
    .execute();
  await db.schema.createIndex('ticket_comments_owner_idx').on('ticket_comments').columns(['ticket_id', 'id']).execute();

  await db.schema
    .createTable('schedule_entries')
    .addColumn('id', 'text', (c) => c.primaryKey())
    .addColumn('customer_id', 'text', (c) => c.notNull().references('customers.id'))
    .addColumn('site_id', 'text', (c) => c.references('sites.id'))
    .addColumn('title', 'text', (c) => c.notNull())
    .addColumn('kind', 'text', (c) => c.notNull().check(checkIn('kind', ['visit', 'round'])))
    .addColumn('starts_at', ts, (c) => c.notNull())
    .addColumn('ends_at', ts)
    /** Recurring rounds: 'daily' | 'weekly' | 'monthly' | 'quarterly' | 'yearly', null for a single visit. */
    .addColumn('recurrence', 'text')
    .addColumn('notes', 'text')
    .addColumn('created_at', ts, (c) => c.notNull())
    .addColumn('updated_at', ts, (c) => c.notNull())
    .addColumn('archived_at', ts)
    .execute();
  await db.schema.createIndex('schedule_entries_customer_idx').on('schedule_entries').columns(['customer_id', 'starts_at', 'id']).execute();
  await db.schema
    .createTable('schedule_entry_assets')
    .addColumn('schedule_entry_id', 'text', (c) => c.notNull().references('schedule_entries.id').onDelete('cascade'))
    .addColumn('asset_id', 'text', (c) => c.notNull().references('assets.id').onDelete('cascade'))
    .addPrimaryKeyConstraint('schedule_entry_assets_pk', ['schedule_entry_id', 'asset_id'])
    .execute();
  await db.schema
    .createTable('schedule_entry_assignees')
    .addColumn('schedule_entry_id', 'text', (c) => c.notNull().references('schedule_entries.id').onDelete('cascade'))
    .addColumn('user_id', 'text', (c) => c.notNull().references('users.id').onDelete('cascade'))
    .addPrimaryKeyConstraint('schedule_entry_assignees_pk', ['schedule_entry_id', 'user_id'])
    .execute();
  await db.schema.createIndex('schedule_entry_assignees_user_idx').on('schedule_entry_assignees').column('user_id').execute();

  await db.schema
    .createTable('documents')
    .addColumn('id', 'text', (c) => c.primaryKey())
    .addColumn('title', 'text', (c) => c.notNull())
    .addColumn('kind', 'text', (c) => c.notNull().check(checkIn('kind', ['policy', 'procedure', 'list'])))
    .addColumn('body', 'text', (c) => c.notNull())
    .addColumn('created_at', ts, (c) => c.notNull())
    .addColumn('updated_at', ts, (c) => c.notNull())
    .addColumn('archived_at', ts)
    .execute();

  await db.schema
    .createTable('file_types')
    .addColumn('id', 'text', (c) => c.primaryKey())
    .addColumn('name', 'text', (c) => c.notNull())
    .addColumn('customer_visible', 'integer', (c) => c.notNull())
    .addColumn('created_at', ts, (c) => c.notNull())
    .addColumn('updated_at', ts, (c) => c.notNull())
    .addColumn('archived_at', ts)
    .execute();

  await db.schema
    .createTable('files')
    .addColumn('id', 'text', (c) => c.primaryKey())
    /** null for files of staff-only records (documents). */
    .addColumn('customer_id', 'text', (c) => c.references('customers.id'))
    .addColumn('site_id', 'text')
    .addColumn('resource_type', 'text', (c) =>
      c.notNull().check(checkIn('resource_type', ['customer', 'site', 'asset', 'work_order', 'project', 'order', 'ticket', 'document'])),
    )
    .addColumn('resource_id', 'text', (c) => c.notNull())
    .addColumn('file_type_id', 'text', (c) => c.notNull().references('file_types.id'))
    .addColumn('filename', 'text', (c) => c.notNull())
    .addColumn('content_type', 'text', (c) => c.notNull())
    .addColumn('size_bytes', 'integer', (c) => c.notNull())
    .addColumn('sha256', 'text', (c) => c.notNull())
    .addColumn('uploaded_by_user_id', 'text', (c) => c.references('users.id'))
    .addColumn('created_at', ts, (c) => c.notNull())
    .addColumn('archived_at', ts)
    .execute();
  await db.schema.createIndex('files_resource_idx').on('files').columns(['resource_type', 'resource_id', 'id']).execute();
  await db.schema.createIndex('files_customer_idx').on('files').columns(['customer_id', 'id']).execute();
}
