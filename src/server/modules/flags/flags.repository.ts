import { inNameTranslations, localizedName } from '../i18n/name-translations.js';
import { sql, type Expression, type Insertable, type Selectable, type SqlBool, type Updateable } from 'kysely';
import type { DbExecutor } from '../../context.js';
import type { FlagAssignmentsTable, FlaggableType, FlagsTable } from '../../db/back-office-tables.js';
import { fetchPage, matchesText, type Page, type SortSpec } from '../../http/list-query.js';
import type { AccessScope } from '../access/access-scope.js';
import type { Principal } from '../access/principal.js';
import type { FlagRef } from './flags.mapping.js';

export type FlagRow = Selectable<FlagsTable>;
export type AssignmentRow = Selectable<FlagAssignmentsTable>;

/**
 * The one audience rule for flags (SPEC §2): portal users see only flags marked customer-visible, staff
 * see all. Every read of flags (settings list, a record's flags, flags embedded in orders/projects) uses it.
 */
export function flagVisibleTo(viewer: Principal): Expression<SqlBool> {
  return viewer.kind === 'staff' ? sql<SqlBool>`1 = 1` : sql<SqlBool>`${sql.ref('flags.customer_visible')} = 1`;
}

/** Who reads a record's flags: what they may see (principal), and in which language the names. */
export type Reader = Pick<AccessScope, 'principal' | 'language'>;

/**
 * Flags of a page of records, in one query: record id → its flags (by name). Archived flags are retired
 * and no longer shown on records. Callers pass ids they already read through the record's visible scope.
 */
export async function flagsOfRecords(
  db: DbExecutor,
  { principal: viewer, language }: Reader,
  resourceType: FlaggableType,
  resourceIds: readonly string[],
): Promise<Map<string, FlagRef[]>> {
  const byRecord = new Map<string, FlagRef[]>();
  if (resourceIds.length === 0) return byRecord;
  const rows = await db
    .selectFrom('flag_assignments')
    .innerJoin('flags', 'flags.id', 'flag_assignments.flag_id')
    .select(['flag_assignments.resource_id', 'flags.id', 'flags.name', 'flags.name_translations', 'flags.color', 'flags.customer_visible'])
    .where('flag_assignments.resource_type', '=', resourceType)
    .where('flag_assignments.resource_id', 'in', [...resourceIds])
    .where('flags.archived_at', 'is', null)
    .where(flagVisibleTo(viewer))
    .orderBy('flags.name')
    .orderBy('flags.id')
    .execute();
  for (const row of rows) {
    const flags = byRecord.get(row.resource_id) ?? [];
    flags.push({ id: row.id, name: localizedName(row.name, row.name_translations, language), color: row.color, customerVisible: row.customer_visible === 1 });
    byRecord.set(row.resource_id, flags);
  }
  return byRecord;
}

export interface FlagListFilters {
  q?: string | undefined;
  includeArchived?: boolean | undefined;
  /** Only the flags on this record (already checked visible by the caller). */
  on?: { resourceType: FlaggableType; resourceId: string } | undefined;
}

export async function listFlags(
  db: DbExecutor,
  viewer: Principal,
  filters: FlagListFilters,
  page: { sort: SortSpec; cursor?: string | undefined; limit?: number | undefined },
): Promise<Page<FlagRow>> {
  let query = db.selectFrom('flags').selectAll('flags').where(flagVisibleTo(viewer));
  if (!filters.includeArchived) query = query.where('flags.archived_at', 'is', null);
  if (filters.q) query = query.where(matchesText(filters.q, ['flags.name'], [inNameTranslations(filters.q, 'flags.name_translations')]));
  const on = filters.on;
  if (on) {
    query = query.where((eb) =>
      eb.exists(
        eb
          .selectFrom('flag_assignments')
          .select('flag_assignments.flag_id')
          .whereRef('flag_assignments.flag_id', '=', 'flags.id')
          .where('flag_assignments.resource_type', '=', on.resourceType)
          .where('flag_assignments.resource_id', '=', on.resourceId),
      ),
    );
  }
  return fetchPage(query, { table: 'flags', ...page });
}

export async function findFlag(db: DbExecutor, viewer: Principal, id: string): Promise<FlagRow | undefined> {
  return db.selectFrom('flags').selectAll().where(flagVisibleTo(viewer)).where('id', '=', id).executeTakeFirst();
}

export async function insertFlag(db: DbExecutor, row: Insertable<FlagsTable>): Promise<void> {
  await db.insertInto('flags').values(row).execute();
}

export async function updateFlagRow(db: DbExecutor, id: string, changes: Updateable<FlagsTable>): Promise<void> {
  await db.updateTable('flags').set(changes).where('id', '=', id).execute();
}

/** A flaggable record read through its own table's visible scope: invisible and nonexistent look alike. */
export async function findVisibleFlaggable(
  db: DbExecutor,
  scope: AccessScope,
  resourceType: FlaggableType,
  id: string,
): Promise<{ id: string; customer_id: string } | undefined> {
  switch (resourceType) {
    case 'order':
      return db.selectFrom('orders').select(['id', 'customer_id']).where(scope.visible('orders')).where('id', '=', id).executeTakeFirst();
    case 'project':
      return db.selectFrom('projects').select(['id', 'customer_id']).where(scope.visible('projects')).where('id', '=', id).executeTakeFirst();
    case 'work_order':
      return db
        .selectFrom('work_orders')
        .select(['id', 'customer_id'])
        .where(scope.visible('work_orders'))
        .where('id', '=', id)
        .executeTakeFirst();
  }
}

/** Inserts the assignment unless it exists; true when it was new. */
export async function insertAssignment(db: DbExecutor, row: AssignmentRow): Promise<boolean> {
  const result = await db
    .insertInto('flag_assignments')
    .values(row)
    .onConflict((oc) => oc.columns(['resource_type', 'resource_id', 'flag_id']).doNothing())
    .executeTakeFirst();
  return Number(result.numInsertedOrUpdatedRows ?? 0) > 0;
}

export async function findAssignment(
  db: DbExecutor,
  flagId: string,
  resourceType: FlaggableType,
  resourceId: string,
): Promise<AssignmentRow | undefined> {
  return db
    .selectFrom('flag_assignments')
    .selectAll()
    .where('resource_type', '=', resourceType)
    .where('resource_id', '=', resourceId)
    .where('flag_id', '=', flagId)
    .executeTakeFirst();
}

export async function deleteAssignment(db: DbExecutor, flagId: string, resourceType: FlaggableType, resourceId: string): Promise<boolean> {
  const result = await db
    .deleteFrom('flag_assignments')
    .where('resource_type', '=', resourceType)
    .where('resource_id', '=', resourceId)
    .where('flag_id', '=', flagId)
    .executeTakeFirst();
  return Number(result.numDeletedRows) > 0;
}
