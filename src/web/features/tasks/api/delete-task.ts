import { useMutation } from '@tanstack/react-query';
import { api } from '../../../lib/api-client';
import type { TaskOwner } from '../types';
import { tasksPath } from './keys';
import { useTaskInvalidation } from './use-task-invalidation';

/** DELETE /<owner>/:id/tasks/:taskId → 204 (tasks are deleted, not archived). */
export function deleteTask(owner: TaskOwner, ownerId: string, taskId: string) {
  return api.delete(`${tasksPath(owner)}/{taskId}`, { params: { path: { id: ownerId, taskId } } });
}

export function useDeleteTask(owner: TaskOwner, ownerId: string) {
  const invalidate = useTaskInvalidation(owner, ownerId);
  return useMutation({ mutationFn: (taskId: string) => deleteTask(owner, ownerId, taskId), onSuccess: invalidate });
}
