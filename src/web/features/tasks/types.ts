import type { BodyOf, ListItemOf } from '../../lib/api-types';

/** The collections that have `/:id/tasks`. */
export type TaskOwner = 'work-orders' | 'projects' | 'orders';

/** A checklist item of a work order, project or order (the three share one shape; a work order's also carries workOrderId). */
export type Task = { [O in TaskOwner]: ListItemOf<`/${O}/{id}/tasks`> }[TaskOwner];
/** A change each of the three takes. */
export type TaskPatch = BodyOf<'/work-orders/{id}/tasks/{taskId}', 'patch'> &
  BodyOf<'/projects/{id}/tasks/{taskId}', 'patch'> &
  BodyOf<'/orders/{id}/tasks/{taskId}', 'patch'>;
