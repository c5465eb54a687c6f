import type { Insertable, Selectable, Updateable } from 'kysely';
import type { DbExecutor } from '../../context.js';
import type { SitesTable } from '../../db/back-office-tables.js';
import { fetchPage, matchesText, type Page, type SortSpec } from '../../http/list-query.js';
import type { AccessScope } from '../access/access-scope.js';

export type SiteRow = Selectable<SitesTable>;

export interface SiteListFilters {
  q?: string | undefined;
  customerId?: string | undefined;
  parentId?: string | undefined;
  includeArchived?: boolean | undefined;
}

export async function listVisibleSites(
  db: DbExecutor,
  scope: AccessScope,
  filters: SiteListFilters,
  page: { sort: SortSpec; cursor?: string | undefined; limit?: number | undefined },
): Promise<Page<SiteRow>> {
  let query = db.selectFrom('sites').selectAll('sites').where(scope.visible('sites'));
  if (!filters.includeArchived) query = query.where('sites.archived_at', 'is', null);
  if (filters.customerId) query = query.where('sites.customer_id', '=', filters.customerId);
  if (filters.parentId) query = query.where('sites.parent_id', '=', filters.parentId);
  if (filters.q) query = query.where(matchesText(filters.q, ['sites.name', 'sites.city', 'sites.street']));
  return fetchPage(query, { table: 'sites', ...page });
}

export async function findVisibleSite(db: DbExecutor, scope: AccessScope, id: string): Promise<SiteRow | undefined> {
  return db.selectFrom('sites').selectAll().where(scope.visible('sites')).where('id', '=', id).executeTakeFirst();
}

/** Which of `ids` are sites of `customerId` the scope may see: references in other records are checked with it. */
export async function findVisibleSiteIdsOfCustomer(db: DbExecutor, scope: AccessScope, customerId: string, ids: readonly string[]): Promise<string[]> {
  if (ids.length === 0) return [];
  const rows = await db
    .selectFrom('sites')
    .select('id')
    .where(scope.visible('sites'))
    .where('customer_id', '=', customerId)
    .where('id', 'in', ids)
    .execute();
  return rows.map((r) => r.id);
}

export async function insertSite(db: DbExecutor, row: Insertable<SitesTable>): Promise<void> {
  await db.insertInto('sites').values(row).execute();
}

export async function updateSiteRow(db: DbExecutor, id: string, changes: Updateable<SitesTable>): Promise<void> {
  await db.updateTable('sites').set(changes).where('id', '=', id).execute();
}
