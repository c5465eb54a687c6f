import type { AppContext } from '../../context.js';
import { newId } from '../../db/ids.js';
import { lockRowForListChange } from '../../db/engine-sql.js';
import { parseSort } from '../../http/list-query.js';
import { ForbiddenError, NotFoundError } from '../../plugins/errors.js';
import type { AccessScope } from '../access/access-scope.js';
import { assertStaffMay } from '../access/staff-permissions.js';
import { recordChange, type ChangeFacts } from '../audit/record-change.js';
import { toNote, toTask, type NoteInput, type NoteRow, type TaskInput, type TaskPatch, type TaskRow } from './work-order-items.mapping.js';
import {
  deleteTask,
  findTask,
  insertNote,
  insertTask,
  listNotes,
  listTasks,
  nextTaskPosition,
  updateTaskRow,
} from './work-order-items.repository.js';
import type { WorkOrdersService } from './work-orders.service.js';

type Facts = Omit<ChangeFacts, 'principal' | 'now'>;
export type WorkOrderItemsService = ReturnType<typeof createWorkOrderItemsService>;
export const NOTE_SORT_FIELDS = ['createdAt'];

/** Tasks and notes of a work order: always reached through the work order's visible read (404 otherwise). */
export function createWorkOrderItemsService({ db, clock }: Pick<AppContext, 'db' | 'clock'>, workOrders: Pick<WorkOrdersService, 'getVisible'>) {
  /** Tasks are internal: a portal user who may see the work order still may not see its checklist. */
  async function visibleWorkOrderWithTasks(scope: AccessScope, workOrderId: string) {
    const workOrder = await workOrders.getVisible(scope, workOrderId);
    if (scope.principal.kind !== 'staff') throw new ForbiddenError('Tasks are internal.');
    return workOrder;
  }

  async function getTask(workOrderId: string, taskId: string): Promise<TaskRow> {
    const task = await findTask(db, workOrderId, taskId);
    if (!task) throw new NotFoundError('Task not found.');
    return task;
  }

  return {
    async listTasks(scope: AccessScope, workOrderId: string) {
      await visibleWorkOrderWithTasks(scope, workOrderId);
      return { items: (await listTasks(db, workOrderId)).map(toTask), nextCursor: null };
    },

    async createTask(scope: AccessScope, workOrderId: string, input: TaskInput, facts: Facts) {
      const workOrder = await visibleWorkOrderWithTasks(scope, workOrderId);
      assertStaffMay(scope.principal, 'manage_records');
      const now = clock().toISOString();
      const task = await db.transaction().execute(async (trx) => {
        await lockRowForListChange(trx, 'work_orders', workOrderId);
        const created: TaskRow = {
          id: newId(),
          work_order_id: workOrderId,
          customer_id: workOrder.customer_id,
          title: input.title,
          done: 0,
          position: await nextTaskPosition(trx, workOrderId),
          created_at: now,
          updated_at: now,
        };
        await insertTask(trx, created);
        await recordChange(trx, { ...facts, principal: scope.principal, now }, {
          action: 'create',
          resourceType: 'work_order_task',
          resourceId: created.id,
          customerId: workOrder.customer_id,
          after: toTask(created),
        });
        return created;
      });
      return toTask(task);
    },

    async updateTask(scope: AccessScope, workOrderId: string, taskId: string, patch: TaskPatch, facts: Facts) {
      const workOrder = await visibleWorkOrderWithTasks(scope, workOrderId);
      const before = await getTask(workOrderId, taskId);
      assertStaffMay(scope.principal, 'manage_records');
      const now = clock().toISOString();
      const after = await db.transaction().execute(async (trx) => {
        await lockRowForListChange(trx, 'work_orders', workOrderId);
        const updated: TaskRow = {
          ...before,
          title: patch.title ?? before.title,
          done: patch.done === undefined ? before.done : patch.done ? 1 : 0,
          updated_at: now,
        };
        if (patch.position !== undefined) {
          // Moving renumbers the checklist 0..n-1, which also closes gaps left by deleted tasks.
          const others = (await listTasks(trx, workOrderId)).filter((t) => t.id !== taskId);
          const position = Math.min(patch.position, others.length);
          const ordered = [...others.slice(0, position), updated, ...others.slice(position)];
          for (const [index, task] of ordered.entries()) {
            if (task.id !== taskId && task.position !== index) await updateTaskRow(trx, task.id, { position: index });
          }
          updated.position = position;
        }
        await updateTaskRow(trx, taskId, { title: updated.title, done: updated.done, position: updated.position, updated_at: now });
        await recordChange(trx, { ...facts, principal: scope.principal, now }, {
          action: 'update',
          resourceType: 'work_order_task',
          resourceId: taskId,
          customerId: workOrder.customer_id,
          before: toTask(before),
          after: toTask(updated),
        });
        return updated;
      });
      return toTask(after);
    },

    async deleteTask(scope: AccessScope, workOrderId: string, taskId: string, facts: Facts) {
      const workOrder = await visibleWorkOrderWithTasks(scope, workOrderId);
      const before = await getTask(workOrderId, taskId);
      assertStaffMay(scope.principal, 'manage_records');
      const now = clock().toISOString();
      await db.transaction().execute(async (trx) => {
        await deleteTask(trx, taskId);
        await recordChange(trx, { ...facts, principal: scope.principal, now }, {
          action: 'delete',
          resourceType: 'work_order_task',
          resourceId: taskId,
          customerId: workOrder.customer_id,
          before: toTask(before),
        });
      });
    },

    async listNotes(scope: AccessScope, workOrderId: string, query: { q?: string; sort?: string; cursor?: string; limit?: number }) {
      await workOrders.getVisible(scope, workOrderId);
      const sort = parseSort(query.sort, { createdAt: 'created_at' }, 'createdAt');
      const page = await listNotes(db, workOrderId, { publicOnly: scope.principal.kind !== 'staff', q: query.q }, { sort, cursor: query.cursor, limit: query.limit });
      return { items: page.rows.map(toNote), nextCursor: page.nextCursor };
    },

    async createNote(scope: AccessScope, workOrderId: string, input: NoteInput, facts: Facts) {
      const workOrder = await workOrders.getVisible(scope, workOrderId);
      assertStaffMay(scope.principal, 'manage_records');
      const now = clock().toISOString();
      const note: NoteRow = {
        id: newId(),
        work_order_id: workOrderId,
        customer_id: workOrder.customer_id,
        author_user_id: scope.principal.userId,
        body: input.body,
        visibility: input.visibility ?? 'internal',
        created_at: now,
      };
      await db.transaction().execute(async (trx) => {
        await insertNote(trx, note);
        await recordChange(trx, { ...facts, principal: scope.principal, now }, {
          action: 'create',
          resourceType: 'work_order_note',
          resourceId: note.id,
          customerId: workOrder.customer_id,
          after: toNote(note),
        });
      });
      return toNote(note);
    },
  };
}
