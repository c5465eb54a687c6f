import type { Insertable, Selectable, SelectQueryBuilder, Updateable } from 'kysely';
import type { DbExecutor } from '../../context.js';
import type { ScheduleEntriesTable } from '../../db/back-office-tables.js';
import type { Database } from '../../db/schema.js';
import { fetchPage, matchesText, type Page, type SortSpec } from '../../http/list-query.js';
import type { AccessScope } from '../access/access-scope.js';
import type { ScheduleLinks } from './schedule.mapping.js';

export type ScheduleEntryRow = Selectable<ScheduleEntriesTable>;

export interface ScheduleListFilters {
  q?: string | undefined;
  customerId?: string | undefined;
  siteId?: string | undefined;
  assigneeId?: string | undefined;
  /** starts_at ≥ from (ISO timestamp). */
  from?: string | undefined;
  /** starts_at < to (ISO timestamp). */
  to?: string | undefined;
  includeArchived?: boolean | undefined;
}

type EntriesQuery = SelectQueryBuilder<Database, 'schedule_entries', ScheduleEntryRow>;

/** The filters the list and the occurrences window share. */
function whereCustomerSiteAssignee(db: DbExecutor, query: EntriesQuery, filters: Pick<ScheduleListFilters, 'customerId' | 'siteId' | 'assigneeId'>): EntriesQuery {
  if (filters.customerId) query = query.where('schedule_entries.customer_id', '=', filters.customerId);
  if (filters.siteId) query = query.where('schedule_entries.site_id', '=', filters.siteId);
  if (filters.assigneeId) {
    const assigned = db
      .selectFrom('schedule_entry_assignees')
      .select('schedule_entry_assignees.schedule_entry_id')
      .where('schedule_entry_assignees.user_id', '=', filters.assigneeId);
    query = query.where('schedule_entries.id', 'in', assigned);
  }
  return query;
}

export async function listVisibleScheduleEntries(
  db: DbExecutor,
  scope: AccessScope,
  filters: ScheduleListFilters,
  page: { sort: SortSpec; cursor?: string | undefined; limit?: number | undefined },
): Promise<Page<ScheduleEntryRow>> {
  let query = db.selectFrom('schedule_entries').selectAll('schedule_entries').where(scope.visible('schedule_entries'));
  if (!filters.includeArchived) query = query.where('schedule_entries.archived_at', 'is', null);
  query = whereCustomerSiteAssignee(db, query, filters);
  if (filters.from) query = query.where('schedule_entries.starts_at', '>=', filters.from);
  if (filters.to) query = query.where('schedule_entries.starts_at', '<', filters.to);
  if (filters.q) query = query.where(matchesText(filters.q, ['schedule_entries.title']));
  return fetchPage(query, { table: 'schedule_entries', ...page });
}

/**
 * Entries that may have an occurrence in [from, to): one-off visits starting in it, and series that began
 * before `to` (their occurrences are computed in schedule-occurrences.ts). At most `cap` rows, earliest first.
 */
export async function listVisibleEntriesForWindow(
  db: DbExecutor,
  scope: AccessScope,
  filters: Pick<ScheduleListFilters, 'customerId' | 'siteId' | 'assigneeId'> & { from: string; to: string },
  cap: number,
): Promise<ScheduleEntryRow[]> {
  const query = db
    .selectFrom('schedule_entries')
    .selectAll('schedule_entries')
    .where(scope.visible('schedule_entries'))
    .where('schedule_entries.archived_at', 'is', null)
    .where('schedule_entries.starts_at', '<', filters.to)
    .where((eb) => eb.or([eb('schedule_entries.recurrence', 'is not', null), eb('schedule_entries.starts_at', '>=', filters.from)]));
  return whereCustomerSiteAssignee(db, query, filters).orderBy('schedule_entries.starts_at').orderBy('schedule_entries.id').limit(cap).execute();
}

export async function findVisibleScheduleEntry(db: DbExecutor, scope: AccessScope, id: string): Promise<ScheduleEntryRow | undefined> {
  return db
    .selectFrom('schedule_entries')
    .selectAll('schedule_entries')
    .where(scope.visible('schedule_entries'))
    .where('schedule_entries.id', '=', id)
    .executeTakeFirst();
}

/**
 * Assets and assignees of a page of (visible) entries: two queries whatever the page size. Only assets
 * the viewer may see are listed, so an entry never reveals another asset's id.
 */
export async function loadScheduleLinks(db: DbExecutor, scope: AccessScope, entryIds: string[]): Promise<Map<string, ScheduleLinks>> {
  const links = new Map<string, ScheduleLinks>(entryIds.map((id) => [id, { assetIds: [], assigneeIds: [] }]));
  if (entryIds.length === 0) return links;
  const assets = await db
    .selectFrom('schedule_entry_assets')
    .innerJoin('assets', 'assets.id', 'schedule_entry_assets.asset_id')
    .select(['schedule_entry_assets.schedule_entry_id as entryId', 'schedule_entry_assets.asset_id as id'])
    .where(scope.visible('assets'))
    .where('schedule_entry_assets.schedule_entry_id', 'in', entryIds)
    .execute();
  for (const a of assets) links.get(a.entryId)?.assetIds.push(a.id);
  const assignees = await db
    .selectFrom('schedule_entry_assignees')
    .select(['schedule_entry_assignees.schedule_entry_id as entryId', 'schedule_entry_assignees.user_id as id'])
    .where('schedule_entry_assignees.schedule_entry_id', 'in', entryIds)
    .execute();
  for (const u of assignees) links.get(u.entryId)?.assigneeIds.push(u.id);
  return links;
}

export async function insertScheduleEntry(db: DbExecutor, row: Insertable<ScheduleEntriesTable>): Promise<void> {
  await db.insertInto('schedule_entries').values(row).execute();
}

export async function updateScheduleEntryRow(db: DbExecutor, id: string, changes: Updateable<ScheduleEntriesTable>): Promise<void> {
  await db.updateTable('schedule_entries').set(changes).where('id', '=', id).execute();
}

export async function replaceScheduleAssets(db: DbExecutor, entryId: string, assetIds: readonly string[]): Promise<void> {
  await db.deleteFrom('schedule_entry_assets').where('schedule_entry_id', '=', entryId).execute();
  if (assetIds.length === 0) return;
  await db
    .insertInto('schedule_entry_assets')
    .values(assetIds.map((asset_id) => ({ schedule_entry_id: entryId, asset_id })))
    .execute();
}

export async function replaceScheduleAssignees(db: DbExecutor, entryId: string, userIds: readonly string[]): Promise<void> {
  await db.deleteFrom('schedule_entry_assignees').where('schedule_entry_id', '=', entryId).execute();
  if (userIds.length === 0) return;
  await db
    .insertInto('schedule_entry_assignees')
    .values(userIds.map((user_id) => ({ schedule_entry_id: entryId, user_id })))
    .execute();
}
