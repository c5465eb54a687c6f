import { useQuery } from '@tanstack/react-query';
import { fetchPage } from '../../../lib/resource';
import type { TaskOwner } from '../types';
import { taskKeys, tasksPath } from './keys';

/** GET /<owner>/:id/tasks, in checklist order (a checklist is short: one page of up to 200). */
export function listTasks(owner: TaskOwner, ownerId: string, signal?: AbortSignal) {
  return fetchPage(tasksPath(owner), owner === 'work-orders' ? {} : { limit: 200 }, { path: { id: ownerId }, signal });
}

export function useTasks(owner: TaskOwner, ownerId: string) {
  return useQuery({ queryKey: taskKeys(owner, ownerId).list, queryFn: ({ signal }) => listTasks(owner, ownerId, signal) });
}
