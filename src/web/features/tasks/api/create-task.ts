import { useMutation } from '@tanstack/react-query';
import { api } from '../../../lib/api-client';
import type { TaskOwner } from '../types';
import { tasksPath } from './keys';
import { useTaskInvalidation } from './use-task-invalidation';

/** POST /<owner>/:id/tasks → 201, appended to the checklist. */
export function createTask(owner: TaskOwner, ownerId: string, title: string) {
  return api.post(tasksPath(owner), { params: { path: { id: ownerId } }, body: { title } });
}

export function useCreateTask(owner: TaskOwner, ownerId: string) {
  const invalidate = useTaskInvalidation(owner, ownerId);
  return useMutation({ mutationFn: (title: string) => createTask(owner, ownerId, title), onSuccess: invalidate });
}
