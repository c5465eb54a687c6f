import { sql, type Insertable, type Selectable, type Updateable } from 'kysely';
import type { DbExecutor } from '../../../context.js';
import { lockRowForListChange } from '../../../db/engine-sql.js';
import type { ProjectTasksTable } from '../../../db/back-office-tables.js';
import { fetchPage, matchesText, type Page, type SortSpec } from '../../../http/list-query.js';

/**
 * Checklists of projects and orders live in two tables of the same shape (they differ only in the owner
 * column), so one repository serves both. Queries are typed against project_tasks and name the real
 * table and owner column from `TaskOwner`; callers reach them only through the owner's visible read.
 */
export interface TaskOwner {
  table: 'project_tasks' | 'order_tasks';
  ownerColumn: 'project_id' | 'order_id';
}
export const PROJECT_TASKS: TaskOwner = { table: 'project_tasks', ownerColumn: 'project_id' };
export const ORDER_TASKS: TaskOwner = { table: 'order_tasks', ownerColumn: 'order_id' };

export type TaskRow = Omit<Selectable<ProjectTasksTable>, 'project_id'>;
const COLUMNS = ['id', 'customer_id', 'title', 'done', 'position', 'created_at', 'updated_at'] as const;

const tableOf = (owner: TaskOwner) => owner.table as 'project_tasks';
const ownerRef = (owner: TaskOwner) => sql.ref<string>(`${owner.table}.${owner.ownerColumn}`);

export async function listTasks(
  db: DbExecutor,
  owner: TaskOwner,
  ownerId: string,
  filters: { q?: string | undefined },
  page: { sort: SortSpec; cursor?: string | undefined; limit?: number | undefined },
): Promise<Page<TaskRow>> {
  let query = db.selectFrom(tableOf(owner)).select(COLUMNS).where(ownerRef(owner), '=', ownerId);
  if (filters.q) query = query.where(matchesText(filters.q, [`${owner.table}.title`]));
  return fetchPage(query, { table: owner.table, ...page });
}

export async function findTask(db: DbExecutor, owner: TaskOwner, ownerId: string, taskId: string): Promise<TaskRow | undefined> {
  return db.selectFrom(tableOf(owner)).select(COLUMNS).where(ownerRef(owner), '=', ownerId).where('id', '=', taskId).executeTakeFirst();
}

/** Holds the checklist's owner for the transaction, so changes to one checklist queue (engine-sql.ts). */
export async function lockTaskList(db: DbExecutor, owner: TaskOwner, ownerId: string): Promise<void> {
  await lockRowForListChange(db, owner.table === 'project_tasks' ? 'projects' : 'orders', ownerId);
}

export async function countTasks(db: DbExecutor, owner: TaskOwner, ownerId: string): Promise<number> {
  const row = await db
    .selectFrom(tableOf(owner))
    .select((eb) => eb.fn.countAll<number>().as('n'))
    .where(ownerRef(owner), '=', ownerId)
    .executeTakeFirstOrThrow();
  return Number(row.n);
}

export async function insertTask(db: DbExecutor, owner: TaskOwner, ownerId: string, row: TaskRow): Promise<void> {
  const values = { ...row, [owner.ownerColumn]: ownerId } as Insertable<ProjectTasksTable>;
  await db.insertInto(tableOf(owner)).values(values).execute();
}

export async function updateTaskRow(db: DbExecutor, owner: TaskOwner, id: string, changes: Updateable<Omit<ProjectTasksTable, 'project_id'>>): Promise<void> {
  await db.updateTable(tableOf(owner)).set(changes).where('id', '=', id).execute();
}

export async function deleteTaskRow(db: DbExecutor, owner: TaskOwner, id: string): Promise<void> {
  await db.deleteFrom(tableOf(owner)).where('id', '=', id).execute();
}

/** Moves the tasks at positions from..to (inclusive) by delta: the others' share of a move or delete. */
export async function shiftPositions(db: DbExecutor, owner: TaskOwner, ownerId: string, from: number, to: number, delta: 1 | -1): Promise<void> {
  await db
    .updateTable(tableOf(owner))
    .set((eb) => ({ position: eb('position', '+', delta) }))
    .where(ownerRef(owner), '=', ownerId)
    .where('position', '>=', from)
    .where('position', '<=', to)
    .execute();
}
