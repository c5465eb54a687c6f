import type { Insertable, Selectable, Updateable } from 'kysely';
import type { DbExecutor } from '../../context.js';
import type { ProjectPartsTable, ProjectReportsTable } from '../../db/back-office-tables.js';
import { fetchPage, matchesText, type Page, type SortSpec } from '../../http/list-query.js';
import type { AccessScope } from '../access/access-scope.js';

/** Sub-records of a project. Callers pass the id of a project they already read through its visible scope. */
export type PartRow = Selectable<ProjectPartsTable>;
export type ReportRow = Selectable<ProjectReportsTable>;

type PageOptions = { sort: SortSpec; cursor?: string | undefined; limit?: number | undefined };

export async function listParts(db: DbExecutor, projectId: string, filters: { q?: string | undefined }, page: PageOptions): Promise<Page<PartRow>> {
  let query = db.selectFrom('project_parts').selectAll('project_parts').where('project_parts.project_id', '=', projectId);
  if (filters.q) query = query.where(matchesText(filters.q, ['project_parts.description', 'project_parts.part_number']));
  return fetchPage(query, { table: 'project_parts', ...page });
}

export async function findPart(db: DbExecutor, projectId: string, partId: string): Promise<PartRow | undefined> {
  return db.selectFrom('project_parts').selectAll().where('project_id', '=', projectId).where('id', '=', partId).executeTakeFirst();
}

export async function insertPart(db: DbExecutor, row: Insertable<ProjectPartsTable>): Promise<void> {
  await db.insertInto('project_parts').values(row).execute();
}

export async function updatePartRow(db: DbExecutor, id: string, changes: Updateable<ProjectPartsTable>): Promise<void> {
  await db.updateTable('project_parts').set(changes).where('id', '=', id).execute();
}

export async function deletePartRow(db: DbExecutor, id: string): Promise<void> {
  await db.deleteFrom('project_parts').where('id', '=', id).execute();
}

export async function listReports(db: DbExecutor, projectId: string, filters: { q?: string | undefined }, page: PageOptions): Promise<Page<ReportRow>> {
  let query = db.selectFrom('project_reports').selectAll('project_reports').where('project_reports.project_id', '=', projectId);
  if (filters.q) query = query.where(matchesText(filters.q, ['project_reports.title']));
  return fetchPage(query, { table: 'project_reports', ...page });
}

export async function insertReport(db: DbExecutor, row: Insertable<ProjectReportsTable>): Promise<void> {
  await db.insertInto('project_reports').values(row).execute();
}

const DEVICE_COLUMNS = ['assets.id', 'assets.name', 'assets.category', 'assets.serial_number', 'assets.status', 'assets.site_id', 'assets.parent_id'] as const;

/** Devices the project placed: assets pointing at it, narrowed again by the assets scope. */
export async function listProjectDevices(
  db: DbExecutor,
  scope: AccessScope,
  projectId: string,
  filters: { q?: string | undefined; includeArchived?: boolean | undefined },
  page: PageOptions,
) {
  let query = db.selectFrom('assets').select(DEVICE_COLUMNS).where(scope.visible('assets')).where('assets.project_id', '=', projectId);
  if (!filters.includeArchived) query = query.where('assets.archived_at', 'is', null);
  if (filters.q) query = query.where(matchesText(filters.q, ['assets.name', 'assets.serial_number']));
  return fetchPage(query, { table: 'assets', ...page });
}
export type DeviceRow = Awaited<ReturnType<typeof listProjectDevices>>['rows'][number];
