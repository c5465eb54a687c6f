import { sql, type Insertable, type Selectable, type Updateable } from 'kysely';
import type { DbExecutor } from '../../context.js';
import type { ProjectsTable } from '../../db/back-office-tables.js';
import { fetchPage, type Page, type SortSpec } from '../../http/list-query.js';
import { listSearch, type AccessScope } from '../access/access-scope.js';

export type ProjectRow = Selectable<ProjectsTable>;

export interface ProjectListFilters {
  q?: string | undefined;
  customerId?: string | undefined;
  siteId?: string | undefined;
  status?: ProjectsTable['status'] | undefined;
  kind?: ProjectsTable['kind'] | undefined;
  includeArchived?: boolean | undefined;
}

export async function listVisibleProjects(
  db: DbExecutor,
  scope: AccessScope,
  filters: ProjectListFilters,
  page: { sort: SortSpec; cursor?: string | undefined; limit?: number | undefined },
): Promise<Page<ProjectRow>> {
  let query = db.selectFrom('projects').selectAll('projects').where(scope.visible('projects'));
  if (!filters.includeArchived) query = query.where('projects.archived_at', 'is', null);
  if (filters.customerId) query = query.where('projects.customer_id', '=', filters.customerId);
  if (filters.siteId) query = query.where('projects.site_id', '=', filters.siteId);
  if (filters.status) query = query.where('projects.status', '=', filters.status);
  if (filters.kind) query = query.where('projects.kind', '=', filters.kind);
  return fetchPage(query, { table: 'projects', ...page, search: await listSearch(db, scope, 'projects', filters.q) });
}

export async function findVisibleProject(db: DbExecutor, scope: AccessScope, id: string): Promise<ProjectRow | undefined> {
  return db.selectFrom('projects').selectAll().where(scope.visible('projects')).where('id', '=', id).executeTakeFirst();
}

export async function insertProject(db: DbExecutor, row: Insertable<ProjectsTable>): Promise<void> {
  await db.insertInto('projects').values(row).execute();
}

export async function updateProjectRow(db: DbExecutor, id: string, changes: Updateable<ProjectsTable>): Promise<void> {
  await db.updateTable('projects').set(changes).where('id', '=', id).execute();
}

/**
 * Progress of a page of projects in one grouped query: done tasks / all tasks, rounded half up to a whole
 * percent with integer arithmetic (the same on both engines). Projects without tasks are absent: 0 %.
 * Callers pass ids they already read through the visible projects scope.
 */
export async function progressOfProjects(db: DbExecutor, projectIds: readonly string[]): Promise<Map<string, number>> {
  if (projectIds.length === 0) return new Map();
  const rows = await db
    .selectFrom('project_tasks')
    .select('project_id')
    .select(sql<number>`(sum(done) * 200 + count(*)) / (count(*) * 2)`.as('progress'))
    .where('project_id', 'in', [...projectIds])
    .groupBy('project_id')
    .execute();
  return new Map(rows.map((row) => [row.project_id, Number(row.progress)]));
}
