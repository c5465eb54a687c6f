import { sql, type Insertable, type Updateable } from 'kysely';
import { engineOf, pathWithin } from '../../db/engine-sql.js';
import type { DbExecutor } from '../../context.js';
import type { WorkOrdersTable } from '../../db/back-office-tables.js';
import { fetchPage, type Page, type SortSpec } from '../../http/list-query.js';
import { listSearch, type AccessScope } from '../access/access-scope.js';
import type { SubtreeOf } from '../assets/assets.repository.js';
import type { WorkOrderRow } from './work-orders.mapping.js';

export interface WorkOrderListFilters {
  q?: string | undefined;
  customerId?: string | undefined;
  siteId?: string | undefined;
  assetId?: string | undefined;
  projectId?: string | undefined;
  statuses?: WorkOrderRow['status'][] | undefined;
  kind?: WorkOrderRow['kind'] | undefined;
  assigneeId?: string | undefined;
  /** planned_end before this instant; with the unfinished statuses, the overdue work orders. */
  plannedEndBefore?: string | undefined;
  includeArchived?: boolean | undefined;
  /** Work orders of this asset and of every asset below it (asset history). */
  underAsset?: SubtreeOf | undefined;
}

/** Ids of the visible assets of a subtree (the asset and everything under it), as a subquery. */
function visibleAssetsUnder(db: DbExecutor, scope: AccessScope, { rootId, path }: SubtreeOf) {
  return db
    .selectFrom('assets')
    .select('assets.id')
    .where(scope.visible('assets'))
    .where('assets.root_id', '=', rootId)
    .where(() => pathWithin(engineOf(db), sql.ref('assets.path'), path));
}

/** Ids of the visible, unarchived work orders on an asset and everything under it, as a subquery. */
export function visibleWorkOrderIdsUnder(db: DbExecutor, scope: AccessScope, subtree: SubtreeOf) {
  return db
    .selectFrom('work_orders')
    .select('work_orders.id')
    .where(scope.visible('work_orders'))
    .where('work_orders.archived_at', 'is', null)
    .where('work_orders.root_asset_id', '=', subtree.rootId)
    .where('work_orders.asset_id', 'in', visibleAssetsUnder(db, scope, subtree));
}

export async function listVisibleWorkOrders(
  db: DbExecutor,
  scope: AccessScope,
  filters: WorkOrderListFilters,
  page: { sort: SortSpec; cursor?: string | undefined; limit?: number | undefined },
): Promise<Page<WorkOrderRow>> {
  let query = db.selectFrom('work_orders').selectAll('work_orders').where(scope.visible('work_orders'));
  if (!filters.includeArchived) query = query.where('work_orders.archived_at', 'is', null);
  if (filters.customerId) query = query.where('work_orders.customer_id', '=', filters.customerId);
  if (filters.siteId) query = query.where('work_orders.site_id', '=', filters.siteId);
  if (filters.assetId) query = query.where('work_orders.asset_id', '=', filters.assetId);
  if (filters.projectId) query = query.where('work_orders.project_id', '=', filters.projectId);
  if (filters.statuses?.length) query = query.where('work_orders.status', 'in', filters.statuses);
  if (filters.kind) query = query.where('work_orders.kind', '=', filters.kind);
  if (filters.plannedEndBefore) query = query.where('work_orders.planned_end', '<', filters.plannedEndBefore);
  if (filters.assigneeId) {
    const assigned = db.selectFrom('work_order_assignees').select('work_order_assignees.work_order_id').where('work_order_assignees.user_id', '=', filters.assigneeId);
    query = query.where('work_orders.id', 'in', assigned);
  }
  if (filters.underAsset) {
    const { rootId } = filters.underAsset;
    query = query.where('work_orders.root_asset_id', '=', rootId).where('work_orders.asset_id', 'in', visibleAssetsUnder(db, scope, filters.underAsset));
  }
  return fetchPage(query, { table: 'work_orders', ...page, search: await listSearch(db, scope, 'work_orders', filters.q) });
}

export async function findVisibleWorkOrder(db: DbExecutor, scope: AccessScope, id: string): Promise<WorkOrderRow | undefined> {
  return db
    .selectFrom('work_orders')
    .selectAll('work_orders')
    .where(scope.visible('work_orders'))
    .where('work_orders.id', '=', id)
    .executeTakeFirst();
}

export async function insertWorkOrder(db: DbExecutor, row: Insertable<WorkOrdersTable>): Promise<void> {
  await db.insertInto('work_orders').values(row).execute();
}

export async function updateWorkOrderRow(db: DbExecutor, id: string, changes: Updateable<WorkOrdersTable>): Promise<void> {
  await db.updateTable('work_orders').set(changes).where('id', '=', id).execute();
}

/** Assignees of a page of work orders in one query (no query per row). */
export async function loadAssignees(db: DbExecutor, workOrderIds: string[]): Promise<Map<string, string[]>> {
  const byWorkOrder = new Map<string, string[]>(workOrderIds.map((id) => [id, []]));
  if (workOrderIds.length === 0) return byWorkOrder;
  const rows = await db
    .selectFrom('work_order_assignees')
    .select(['work_order_id', 'user_id'])
    .where('work_order_id', 'in', workOrderIds)
    .orderBy('user_id')
    .execute();
  for (const row of rows) byWorkOrder.get(row.work_order_id)?.push(row.user_id);
  return byWorkOrder;
}

export async function replaceAssignees(db: DbExecutor, workOrderId: string, userIds: string[]): Promise<void> {
  await db.deleteFrom('work_order_assignees').where('work_order_id', '=', workOrderId).execute();
  if (userIds.length > 0) {
    await db
      .insertInto('work_order_assignees')
      .values(userIds.map((userId) => ({ work_order_id: workOrderId, user_id: userId })))
      .execute();
  }
}

/** Of the given ids, those that are active staff users the caller can see (portal users never qualify). */
export async function activeStaffUserIds(db: DbExecutor, scope: AccessScope, userIds: string[]): Promise<Set<string>> {
  if (userIds.length === 0) return new Set();
  const rows = await db
    .selectFrom('users')
    .select('users.id')
    .where(scope.visible('users'))
    .where('users.id', 'in', userIds)
    .where('users.kind', '=', 'staff')
    .where('users.status', '=', 'active')
    .execute();
  return new Set(rows.map((r) => r.id));
}
