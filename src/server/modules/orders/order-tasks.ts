import type { AppContext } from '../../context.js';
import { ORDER_TASKS } from '../projects/tasks/tasks.repository.js';
import { createTasksService } from '../projects/tasks/tasks.service.js';
import { findVisibleOrder } from './orders.repository.js';

/** Order tasks are internal production steps (SPEC §5): staff only; anyone else gets a 404. */
export function createOrderTasksService(ctx: Pick<AppContext, 'db' | 'clock'>) {
  return createTasksService(ctx, {
    owner: ORDER_TASKS,
    resourceType: 'order_task',
    ownerNotFound: 'Order not found.',
    findOwner: findVisibleOrder,
    staffOnly: true,
  });
}
