import type { Insertable, Updateable } from 'kysely';
import type { DbExecutor } from '../../context.js';
import type { WorkOrderNotesTable, WorkOrderTasksTable } from '../../db/back-office-tables.js';
import { fetchPage, matchesText, type Page, type SortSpec } from '../../http/list-query.js';
import type { NoteRow, TaskRow } from './work-order-items.mapping.js';

/*
 * Tasks and notes are reached only through their work order, which the service first loads through its
 * visible read; every query here is keyed by that work order's id.
 */

export async function listTasks(db: DbExecutor, workOrderId: string): Promise<TaskRow[]> {
  return db.selectFrom('work_order_tasks').selectAll().where('work_order_id', '=', workOrderId).orderBy('position').orderBy('id').execute();
}

export async function findTask(db: DbExecutor, workOrderId: string, taskId: string): Promise<TaskRow | undefined> {
  return db.selectFrom('work_order_tasks').selectAll().where('work_order_id', '=', workOrderId).where('id', '=', taskId).executeTakeFirst();
}

export async function nextTaskPosition(db: DbExecutor, workOrderId: string): Promise<number> {
  const row = await db
    .selectFrom('work_order_tasks')
    .select((eb) => eb.fn.max('position').as('max'))
    .where('work_order_id', '=', workOrderId)
    .executeTakeFirst();
  return row?.max === null || row?.max === undefined ? 0 : Number(row.max) + 1;
}

export async function insertTask(db: DbExecutor, row: Insertable<WorkOrderTasksTable>): Promise<void> {
  await db.insertInto('work_order_tasks').values(row).execute();
}

export async function updateTaskRow(db: DbExecutor, taskId: string, changes: Updateable<WorkOrderTasksTable>): Promise<void> {
  await db.updateTable('work_order_tasks').set(changes).where('id', '=', taskId).execute();
}

export async function deleteTask(db: DbExecutor, taskId: string): Promise<void> {
  await db.deleteFrom('work_order_tasks').where('id', '=', taskId).execute();
}

export async function listNotes(
  db: DbExecutor,
  workOrderId: string,
  options: { publicOnly: boolean; q?: string | undefined },
  page: { sort: SortSpec; cursor?: string | undefined; limit?: number | undefined },
): Promise<Page<NoteRow>> {
  let query = db.selectFrom('work_order_notes').selectAll('work_order_notes').where('work_order_notes.work_order_id', '=', workOrderId);
  if (options.publicOnly) query = query.where('work_order_notes.visibility', '=', 'public');
  if (options.q) query = query.where(matchesText(options.q, ['work_order_notes.body']));
  return fetchPage(query, { table: 'work_order_notes', ...page });
}

export async function insertNote(db: DbExecutor, row: Insertable<WorkOrderNotesTable>): Promise<void> {
  await db.insertInto('work_order_notes').values(row).execute();
}
