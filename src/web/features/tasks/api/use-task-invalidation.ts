import { useQueryClient } from '@tanstack/react-query';
import type { TaskOwner } from '../types';
import { taskKeys } from './keys';

/** After a task change: the checklist and its owner (project progress shows in lists too). */
export function useTaskInvalidation(owner: TaskOwner, ownerId: string) {
  const queryClient = useQueryClient();
  return async () => {
    const keys = taskKeys(owner, ownerId);
    await Promise.all([queryClient.invalidateQueries({ queryKey: keys.owner }), queryClient.invalidateQueries({ queryKey: keys.ownerLists })]);
  };
}
