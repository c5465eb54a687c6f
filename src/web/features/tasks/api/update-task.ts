import { useMutation } from '@tanstack/react-query';
import { api } from '../../../lib/api-client';
import type { TaskOwner, TaskPatch } from '../types';
import { tasksPath } from './keys';
import { useTaskInvalidation } from './use-task-invalidation';

/** PATCH /<owner>/:id/tasks/:taskId → 200: rename, tick off or move. */
export function updateTask(owner: TaskOwner, ownerId: string, taskId: string, patch: TaskPatch) {
  return api.patch(`${tasksPath(owner)}/{taskId}`, { params: { path: { id: ownerId, taskId } }, body: patch });
}

export function useUpdateTask(owner: TaskOwner, ownerId: string) {
  const invalidate = useTaskInvalidation(owner, ownerId);
  return useMutation({
    mutationFn: ({ taskId, patch }: { taskId: string; patch: TaskPatch }) => updateTask(owner, ownerId, taskId, patch),
    onSettled: invalidate,
  });
}
