import { sql, type Kysely } from 'kysely';

/**
 * Lists sort names without regard to case ("iPad" among the I's, not after "Zebra"; issue #13): the
 * keyset sort key of a name is lower(name) (http/list-query.ts), so every index that serves a sort by
 * name is rebuilt over lower(name). Same names, so plans and tests keep referring to them.
 */
const NAME_INDEXES: [name: string, table: string, before: string[], column: string][] = [
  ['customers_name_idx', 'customers', [], 'name'],
  ['sites_name_idx', 'sites', [], 'name'],
  ['sites_customer_name_idx', 'sites', ['customer_id'], 'name'],
  ['sites_parent_name_idx', 'sites', ['parent_id'], 'name'],
  ['contacts_name_idx', 'contacts', [], 'name'],
  ['contacts_customer_name_idx', 'contacts', ['customer_id'], 'name'],
  ['assets_name_idx', 'assets', [], 'name'],
  ['assets_customer_name_idx', 'assets', ['customer_id'], 'name'],
  ['assets_customer_site_name_idx', 'assets', ['customer_id', 'site_id'], 'name'],
  ['assets_site_name_idx', 'assets', ['site_id'], 'name'],
  ['assets_parent_idx', 'assets', ['parent_id'], 'name'],
  ['assets_project_name_idx', 'assets', ['project_id'], 'name'],
  ['projects_name_idx', 'projects', [], 'name'],
  ['projects_customer_name_idx', 'projects', ['customer_id'], 'name'],
  ['projects_site_name_idx', 'projects', ['site_id'], 'name'],
  ['projects_status_name_idx', 'projects', ['status'], 'name'],
  ['users_display_name_idx', 'users', [], 'display_name'],
  ['users_kind_status_name_idx', 'users', ['kind', 'status'], 'display_name'],
  ['users_role_name_idx', 'users', ['role'], 'display_name'],
  ['staff_groups_name_idx', 'staff_groups', [], 'name'],
  ['flags_name_idx', 'flags', [], 'name'],
  ['ticket_types_customer_name_idx', 'ticket_types', ['customer_id'], 'name'],
];

export async function up(db: Kysely<unknown>): Promise<void> {
  for (const [name, table, before, column] of NAME_INDEXES) {
    await db.schema.dropIndex(name).execute();
    const keys = [...before.map((c) => sql.ref(c)), sql`lower(${sql.ref(column)})`, sql.ref('id')];
    await db.schema.createIndex(name).on(table).expression(sql.join(keys)).execute();
  }
}
