import type { AppContext, DbExecutor } from '../../../context.js';
import { newId } from '../../../db/ids.js';
import { parseSort } from '../../../http/list-query.js';
import { NotFoundError } from '../../../plugins/errors.js';
import type { AccessScope } from '../../access/access-scope.js';
import { assertStaffMay } from '../../access/staff-permissions.js';
import { recordChange, type ChangeFacts } from '../../audit/record-change.js';
import { toTask, type TaskInput, type TaskPatch } from './tasks.mapping.js';
import { countTasks, deleteTaskRow, findTask, insertTask, listTasks, lockTaskList, shiftPositions, updateTaskRow, type TaskOwner, type TaskRow } from './tasks.repository.js';

type Facts = Omit<ChangeFacts, 'principal' | 'now'>;
const SORT_COLUMNS = { position: 'position' };
export const TASK_SORT_FIELDS = Object.keys(SORT_COLUMNS);
/** Largest 32-bit integer: "to the end" for a position range, valid as an integer parameter on PostgreSQL. */
const MAX_POSITION = 2_147_483_647;

export interface TaskListQuery {
  q?: string;
  sort?: string;
  cursor?: string;
  limit?: number;
}

/** How a checklist's owner is reached: the owner module's visible read, and who may see the checklist. */
export interface TaskOwnerAccess {
  owner: TaskOwner;
  resourceType: 'project_task' | 'order_task';
  ownerNotFound: string;
  findOwner(db: DbExecutor, scope: AccessScope, id: string): Promise<{ id: string; customer_id: string } | undefined>;
  /** Internal checklists (orders): anyone but staff gets the 404 of a missing owner. */
  staffOnly: boolean;
}

export type TasksService = ReturnType<typeof createTasksService>;

export function createTasksService({ db, clock }: Pick<AppContext, 'db' | 'clock'>, access: TaskOwnerAccess) {
  const { owner, resourceType } = access;

  async function getOwner(scope: AccessScope, ownerId: string) {
    if (access.staffOnly && scope.principal.kind !== 'staff') throw new NotFoundError(access.ownerNotFound);
    const found = await access.findOwner(db, scope, ownerId);
    if (!found) throw new NotFoundError(access.ownerNotFound);
    return found;
  }

  async function getTask(executor: DbExecutor, ownerId: string, taskId: string): Promise<TaskRow> {
    const task = await findTask(executor, owner, ownerId, taskId);
    if (!task) throw new NotFoundError('Task not found.');
    return task;
  }

  return {
    async list(scope: AccessScope, ownerId: string, query: TaskListQuery) {
      await getOwner(scope, ownerId);
      const sort = parseSort(query.sort, SORT_COLUMNS, 'position');
      const page = await listTasks(db, owner, ownerId, { q: query.q }, { sort, cursor: query.cursor, limit: query.limit });
      return { items: page.rows.map(toTask), nextCursor: page.nextCursor };
    },

    async create(scope: AccessScope, ownerId: string, input: TaskInput, facts: Facts) {
      const parent = await getOwner(scope, ownerId);
      assertStaffMay(scope.principal, 'manage_records');
      const now = clock().toISOString();
      const row = await db.transaction().execute(async (trx) => {
        await lockTaskList(trx, owner, ownerId);
        const created: TaskRow = {
          id: newId(),
          customer_id: parent.customer_id,
          title: input.title,
          done: 0,
          position: await countTasks(trx, owner, ownerId),
          created_at: now,
          updated_at: now,
        };
        await insertTask(trx, owner, ownerId, created);
        await recordChange(trx, { ...facts, principal: scope.principal, now }, {
          action: 'create',
          resourceType,
          resourceId: created.id,
          customerId: parent.customer_id,
          after: toTask(created),
        });
        return created;
      });
      return toTask(row);
    },

    async update(scope: AccessScope, ownerId: string, taskId: string, patch: TaskPatch, facts: Facts) {
      await getOwner(scope, ownerId);
      await getTask(db, ownerId, taskId);
      assertStaffMay(scope.principal, 'manage_records');
      const now = clock().toISOString();
      const row = await db.transaction().execute(async (trx) => {
        await lockTaskList(trx, owner, ownerId);
        const before = await getTask(trx, ownerId, taskId);
        let position = before.position;
        if (patch.position !== undefined && patch.position !== before.position) {
          position = Math.min(patch.position, (await countTasks(trx, owner, ownerId)) - 1);
          if (position < before.position) await shiftPositions(trx, owner, ownerId, position, before.position - 1, 1);
          if (position > before.position) await shiftPositions(trx, owner, ownerId, before.position + 1, position, -1);
        }
        const after: TaskRow = {
          ...before,
          title: patch.title ?? before.title,
          done: patch.done === undefined ? before.done : patch.done ? 1 : 0,
          position,
          updated_at: now,
        };
        const { id: _id, customer_id: _customer, ...changes } = after;
        await updateTaskRow(trx, owner, taskId, changes);
        await recordChange(trx, { ...facts, principal: scope.principal, now }, {
          action: 'update',
          resourceType,
          resourceId: taskId,
          customerId: before.customer_id,
          before: toTask(before),
          after: toTask(after),
        });
        return after;
      });
      return toTask(row);
    },

    async remove(scope: AccessScope, ownerId: string, taskId: string, facts: Facts) {
      await getOwner(scope, ownerId);
      await getTask(db, ownerId, taskId);
      assertStaffMay(scope.principal, 'manage_records');
      const now = clock().toISOString();
      await db.transaction().execute(async (trx) => {
        await lockTaskList(trx, owner, ownerId);
        const before = await getTask(trx, ownerId, taskId);
        await deleteTaskRow(trx, owner, taskId);
        await shiftPositions(trx, owner, ownerId, before.position + 1, MAX_POSITION, -1);
        await recordChange(trx, { ...facts, principal: scope.principal, now }, {
          action: 'delete',
          resourceType,
          resourceId: taskId,
          customerId: before.customer_id,
          before: toTask(before),
        });
      });
    },
  };
}
