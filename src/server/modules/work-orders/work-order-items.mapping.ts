import type { Selectable } from 'kysely';
import { Type, type Static } from 'typebox';
import type { WorkOrderNotesTable, WorkOrderTasksTable } from '../../db/back-office-tables.js';
import { Body, Id, Timestamp } from '../../http/schemas.js';
import { Nullable } from '../assets/assets.mapping.js';

export type TaskRow = Selectable<WorkOrderTasksTable>;
export type NoteRow = Selectable<WorkOrderNotesTable>;

/** Tasks are internal work items: only staff ever see them. */
export const Task = Type.Object({
  id: Id,
  workOrderId: Id,
  title: Type.String(),
  done: Type.Boolean(),
  /** 0-based place in the work order's checklist. */
  position: Type.Integer(),
  createdAt: Timestamp,
  updatedAt: Timestamp,
});
export type Task = Static<typeof Task>;

const title = Type.String({ minLength: 1, maxLength: 500 });
export const TaskInput = Body({ title });
export type TaskInput = Static<typeof TaskInput>;
export const TaskPatch = Body({
  title: Type.Optional(title),
  done: Type.Optional(Type.Boolean()),
  position: Type.Optional(Type.Integer({ minimum: 0, maximum: 10_000, description: 'Moves the task to this 0-based place; the others shift.' })),
});
export type TaskPatch = Static<typeof TaskPatch>;

const Visibility = Type.Union([Type.Literal('internal'), Type.Literal('public')]);

/** Notes are internal (staff only) or public (also shown to the customer's portal users). */
export const Note = Type.Object({
  id: Id,
  workOrderId: Id,
  authorUserId: Nullable(Id),
  body: Type.String(),
  visibility: Visibility,
  createdAt: Timestamp,
});
export type Note = Static<typeof Note>;

export const NoteInput = Body({
  body: Type.String({ minLength: 1, maxLength: 20_000 }),
  visibility: Type.Optional(Type.Union([Type.Literal('internal'), Type.Literal('public')], { description: 'Defaults to internal.' })),
});
export type NoteInput = Static<typeof NoteInput>;

export function toTask(row: TaskRow): Task {
  return {
    id: row.id,
    workOrderId: row.work_order_id,
    title: row.title,
    done: row.done === 1,
    position: row.position,
    createdAt: row.created_at,
    updatedAt: row.updated_at,
  };
}

export function toNote(row: NoteRow): Note {
  return {
    id: row.id,
    workOrderId: row.work_order_id,
    authorUserId: row.author_user_id,
    body: row.body,
    visibility: row.visibility,
    createdAt: row.created_at,
  };
}
