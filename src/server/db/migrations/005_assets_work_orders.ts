import type { Kysely } from 'kysely';

/**
 * Indexes for the asset and work-order list filters and sorts that 002 does not cover, so each
 * filtered, keyset-paged list is an index range scan instead of a sort of the whole table.
 */
export async function up(db: Kysely<unknown>): Promise<void> {
  const indexes: [string, string, string[]][] = [
    ['assets_name_idx', 'assets', ['name', 'id']],
    ['assets_created_idx', 'assets', ['created_at', 'id']],
    ['assets_customer_created_idx', 'assets', ['customer_id', 'created_at', 'id']],
    ['assets_site_name_idx', 'assets', ['site_id', 'name', 'id']],
    ['assets_parent_created_idx', 'assets', ['parent_id', 'created_at', 'id']],
    ['work_orders_created_idx', 'work_orders', ['created_at', 'id']],
    ['work_orders_customer_created_idx', 'work_orders', ['customer_id', 'created_at', 'id']],
    ['work_orders_site_created_idx', 'work_orders', ['site_id', 'created_at', 'id']],
    ['work_orders_status_created_idx', 'work_orders', ['status', 'created_at', 'id']],
    // History of an asset subtree: work orders of a set of assets, newest first.
    ['work_orders_asset_created_idx', 'work_orders', ['asset_id', 'created_at', 'id']],
    // "Work orders assigned to X" filter; the primary key already serves loading by work order.
    ['work_order_assignees_user_idx', 'work_order_assignees', ['user_id', 'work_order_id']],
  ];
  for (const [name, table, columns] of indexes) {
    await db.schema.createIndex(name).on(table).columns(columns).execute();
  }
}
