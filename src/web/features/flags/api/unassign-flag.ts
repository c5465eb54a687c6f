import { useMutation, useQueryClient } from '@tanstack/react-query';
import { api } from '../../../lib/api-client';
import type { FlaggableType } from '../types';
import { FLAGGABLE_COLLECTION } from './assign-flag';

/** DELETE /flags/:id/assignments/:resourceType/:resourceId → 204 */
export function unassignFlag(flagId: string, resourceType: FlaggableType, resourceId: string) {
  return api.delete('/flags/{id}/assignments/{resourceType}/{resourceId}', { params: { path: { id: flagId, resourceType, resourceId } } });
}

export function useUnassignFlag(resourceType: FlaggableType, resourceId: string) {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (flagId: string) => unassignFlag(flagId, resourceType, resourceId),
    onSuccess: () =>
      Promise.all([queryClient.invalidateQueries({ queryKey: [FLAGGABLE_COLLECTION[resourceType]] }), queryClient.invalidateQueries({ queryKey: ['flags'] })]),
  });
}
