import type { Kysely } from 'kysely';

/**
 * Keyset lists of sites, contacts, staff users and staff groups: one index per filter + sort, ending in
 * id, so each page is an index range scan whatever the sort and however deep the client pages.
 */
const INDEXES: [name: string, table: string, columns: string[]][] = [
  ['sites_name_idx', 'sites', ['name', 'id']],
  ['sites_created_idx', 'sites', ['created_at', 'id']],
  ['sites_customer_created_idx', 'sites', ['customer_id', 'created_at', 'id']],
  ['sites_parent_name_idx', 'sites', ['parent_id', 'name', 'id']],
  ['sites_parent_created_idx', 'sites', ['parent_id', 'created_at', 'id']],
  ['contacts_name_idx', 'contacts', ['name', 'id']],
  ['contacts_created_idx', 'contacts', ['created_at', 'id']],
  ['contacts_customer_created_idx', 'contacts', ['customer_id', 'created_at', 'id']],
  ['users_display_name_idx', 'users', ['display_name', 'id']],
  ['users_created_idx', 'users', ['created_at', 'id']],
  // The assignee picker: active staff by name.
  ['users_kind_status_name_idx', 'users', ['kind', 'status', 'display_name', 'id']],
  ['users_role_name_idx', 'users', ['role', 'display_name', 'id']],
  ['staff_groups_name_idx', 'staff_groups', ['name', 'id']],
  ['staff_groups_created_idx', 'staff_groups', ['created_at', 'id']],
  ['staff_group_members_user_idx', 'staff_group_members', ['user_id']],
];

export async function up(db: Kysely<unknown>): Promise<void> {
  for (const [name, table, columns] of INDEXES) {
    await db.schema.createIndex(name).on(table).columns(columns).execute();
  }
}
