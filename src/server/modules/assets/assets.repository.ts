import { sql, type Insertable, type Updateable } from 'kysely';
import type { DbExecutor } from '../../context.js';
import type { AssetsTable } from '../../db/back-office-tables.js';
import { engineOf, pathWithin } from '../../db/engine-sql.js';
import { fetchPage, type Page, type SortSpec } from '../../http/list-query.js';
import { listSearch, type AccessScope } from '../access/access-scope.js';
import type { AssetRow } from './assets.mapping.js';

export interface AssetListFilters {
  q?: string | undefined;
  customerId?: string | undefined;
  siteId?: string | undefined;
  parentId?: string | undefined;
  topLevel?: boolean | undefined;
  /** Only assets whose parent the scope cannot see: the tops of the trees as the caller sees them. */
  visibleRoots?: boolean | undefined;
  status?: AssetRow['status'] | undefined;
  /** next_due_date on or before this date (YYYY-MM-DD). */
  dueBefore?: string | undefined;
  includeArchived?: boolean | undefined;
}

/** A node of the asset tree: its subtree is every row with the same root whose path starts with `path`. */
export interface SubtreeOf {
  rootId: string;
  path: string;
}

export async function listVisibleAssets(
  db: DbExecutor,
  scope: AccessScope,
  filters: AssetListFilters & { under?: SubtreeOf | undefined },
  page: { sort: SortSpec; cursor?: string | undefined; limit?: number | undefined },
): Promise<Page<AssetRow>> {
  let query = db.selectFrom('assets').selectAll('assets').where(scope.visible('assets'));
  if (!filters.includeArchived) query = query.where('assets.archived_at', 'is', null);
  if (filters.customerId) query = query.where('assets.customer_id', '=', filters.customerId);
  if (filters.siteId) query = query.where('assets.site_id', '=', filters.siteId);
  if (filters.parentId) query = query.where('assets.parent_id', '=', filters.parentId);
  if (filters.topLevel) query = query.where('assets.parent_id', 'is', null);
  if (filters.visibleRoots) {
    // The inner "assets" is the subquery's own table: the policy filter there speaks of the parent.
    const visibleIds = db.selectFrom('assets').select('assets.id').where(scope.visible('assets'));
    query = query.where((eb) => eb.or([eb('assets.parent_id', 'is', null), eb('assets.parent_id', 'not in', visibleIds)]));
  }
  if (filters.status) query = query.where('assets.status', '=', filters.status);
  if (filters.dueBefore) query = query.where('assets.next_due_date', '<=', filters.dueBefore);
  if (filters.under) {
    // Strictly below the node: its own path is the only one equal to the prefix.
    query = query
      .where('assets.root_id', '=', filters.under.rootId)
      .where(() => pathWithin(engineOf(db), sql.ref('assets.path'), filters.under!.path))
      .where('assets.path', '!=', filters.under.path);
  }
  const narrowed = filters.customerId || filters.siteId || filters.parentId || filters.visibleRoots || filters.under;
  const wholeTableByName = !narrowed && page.sort.column === 'name';
  return fetchPage(query, { table: 'assets', ...page, search: await listSearch(db, scope, 'assets', filters.q, { wholeTableByName }) });
}

/** How many direct, unarchived sub-assets of each of `parentIds` the scope can see (one statement). */
export async function countVisibleChildren(db: DbExecutor, scope: AccessScope, parentIds: string[]): Promise<Map<string, number>> {
  if (parentIds.length === 0) return new Map();
  const rows = await db
    .selectFrom('assets')
    .select(['assets.parent_id', (eb) => eb.fn.countAll<number | string>().as('n')])
    .where(scope.visible('assets'))
    .where('assets.parent_id', 'in', parentIds)
    .where('assets.archived_at', 'is', null)
    .groupBy('assets.parent_id')
    .execute();
  return new Map(rows.map((row) => [row.parent_id!, Number(row.n)]));
}

export async function findVisibleAsset(db: DbExecutor, scope: AccessScope, id: string): Promise<AssetRow | undefined> {
  return db.selectFrom('assets').selectAll('assets').where(scope.visible('assets')).where('assets.id', '=', id).executeTakeFirst();
}

export async function insertAsset(db: DbExecutor, row: Insertable<AssetsTable>): Promise<void> {
  await db.insertInto('assets').values(row).execute();
}

export async function updateAssetRow(db: DbExecutor, id: string, changes: Updateable<AssetsTable>): Promise<void> {
  await db.updateTable('assets').set(changes).where('id', '=', id).execute();
}

/**
 * Work orders and tickets carry their asset's root (root_asset_id) so portal access by asset grant needs
 * no join; after a subtree moved to another tree, every record on an asset of that subtree follows it.
 * Deliberately not scoped: denormalized data must stay true for every viewer, not just the mover.
 */
export async function updateRootAssetOfRecordsUnder(db: DbExecutor, subtree: SubtreeOf): Promise<void> {
  const assetIds = db
    .selectFrom('assets')
    .select('assets.id')
    .where('assets.root_id', '=', subtree.rootId)
    .where(() => pathWithin(engineOf(db), sql.ref('assets.path'), subtree.path));
  await db.updateTable('work_orders').set({ root_asset_id: subtree.rootId }).where('asset_id', 'in', assetIds).execute();
  await db.updateTable('tickets').set({ root_asset_id: subtree.rootId }).where('asset_id', 'in', assetIds).execute();
}
