import { Type, type Static } from 'typebox';
import { Body, Id, Timestamp } from '../../../http/schemas.js';
import type { TaskRow } from './tasks.repository.js';

export const Task = Type.Object({
  id: Id,
  title: Type.String(),
  done: Type.Boolean(),
  /** 0-based place in the owner's checklist. */
  position: Type.Integer(),
  createdAt: Timestamp,
  updatedAt: Timestamp,
});
export type Task = Static<typeof Task>;

const Title = Type.String({ minLength: 1, maxLength: 500 });
export const TaskInput = Body({ title: Title });
export type TaskInput = Static<typeof TaskInput>;
export const TaskPatch = Body({
  title: Type.Optional(Title),
  done: Type.Optional(Type.Boolean()),
  position: Type.Optional(Type.Integer({ minimum: 0, description: 'Moves the task; the others shift. Past the end means last.' })),
});
export type TaskPatch = Static<typeof TaskPatch>;

export function toTask(row: TaskRow): Task {
  return {
    id: row.id,
    title: row.title,
    done: row.done === 1,
    position: row.position,
    createdAt: row.created_at,
    updatedAt: row.updated_at,
  };
}
