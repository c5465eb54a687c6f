import type { Insertable, Selectable, Updateable } from 'kysely';
import type { DbExecutor } from '../../context.js';
import type { OrdersTable } from '../../db/back-office-tables.js';
import { fetchPage, type Page, type SortSpec } from '../../http/list-query.js';
import { listSearch, type AccessScope } from '../access/access-scope.js';

export type OrderRow = Selectable<OrdersTable>;

export interface OrderListFilters {
  q?: string | undefined;
  customerId?: string | undefined;
  siteId?: string | undefined;
  status?: OrdersTable['status'] | undefined;
  /** Orders whose deadline is strictly before this date (orders without a deadline are left out). */
  deadlineBefore?: string | undefined;
  includeArchived?: boolean | undefined;
}

export async function listVisibleOrders(
  db: DbExecutor,
  scope: AccessScope,
  filters: OrderListFilters,
  page: { sort: SortSpec; cursor?: string | undefined; limit?: number | undefined },
): Promise<Page<OrderRow>> {
  let query = db.selectFrom('orders').selectAll('orders').where(scope.visible('orders'));
  if (!filters.includeArchived) query = query.where('orders.archived_at', 'is', null);
  if (filters.customerId) query = query.where('orders.customer_id', '=', filters.customerId);
  if (filters.siteId) query = query.where('orders.site_id', '=', filters.siteId);
  if (filters.status) query = query.where('orders.status', '=', filters.status);
  if (filters.deadlineBefore) query = query.where('orders.deadline', '<', filters.deadlineBefore);
  return fetchPage(query, { table: 'orders', ...page, search: await listSearch(db, scope, 'orders', filters.q) });
}

export async function findVisibleOrder(db: DbExecutor, scope: AccessScope, id: string): Promise<OrderRow | undefined> {
  return db.selectFrom('orders').selectAll().where(scope.visible('orders')).where('id', '=', id).executeTakeFirst();
}

export async function insertOrder(db: DbExecutor, row: Insertable<OrdersTable>): Promise<void> {
  await db.insertInto('orders').values(row).execute();
}

export async function updateOrderRow(db: DbExecutor, id: string, changes: Updateable<OrdersTable>): Promise<void> {
  await db.updateTable('orders').set(changes).where('id', '=', id).execute();
}
