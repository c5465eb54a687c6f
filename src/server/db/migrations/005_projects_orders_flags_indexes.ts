import type { Kysely } from 'kysely';

/**
 * Indexes for the project, order and flag list filters and sorts that 002 does not cover, so each
 * filtered, keyset-paged list (and each project sub-list) is an index range scan, not a sort.
 */
export async function up(db: Kysely<unknown>): Promise<void> {
  const indexes: [string, string, string[]][] = [
    ['projects_name_idx', 'projects', ['name', 'id']],
    ['projects_created_idx', 'projects', ['created_at', 'id']],
    ['projects_customer_name_idx', 'projects', ['customer_id', 'name', 'id']],
    ['projects_customer_created_idx', 'projects', ['customer_id', 'created_at', 'id']],
    ['projects_customer_number_idx', 'projects', ['customer_id', 'number', 'id']],
    ['projects_site_name_idx', 'projects', ['site_id', 'name', 'id']],
    ['projects_status_name_idx', 'projects', ['status', 'name', 'id']],
    ['project_parts_created_idx', 'project_parts', ['project_id', 'created_at', 'id']],
    ['project_reports_date_idx', 'project_reports', ['project_id', 'report_date', 'id']],
    // Devices of a project, by name.
    ['assets_project_name_idx', 'assets', ['project_id', 'name', 'id']],
    ['orders_created_idx', 'orders', ['created_at', 'id']],
    ['orders_customer_created_idx', 'orders', ['customer_id', 'created_at', 'id']],
    ['orders_customer_number_idx', 'orders', ['customer_id', 'number', 'id']],
    ['orders_site_created_idx', 'orders', ['site_id', 'created_at', 'id']],
    ['orders_status_created_idx', 'orders', ['status', 'created_at', 'id']],
    ['orders_customer_deadline_idx', 'orders', ['customer_id', 'deadline', 'id']],
    ['flags_name_idx', 'flags', ['name', 'id']],
  ];
  for (const [name, table, columns] of indexes) {
    await db.schema.createIndex(name).on(table).columns(columns).execute();
  }
}
