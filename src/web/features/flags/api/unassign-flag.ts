import { useMutation, useQueryClient } from '@tanstack/react-query';
import { apiClient } from '../../../lib/api-client';
import type { FlaggableType } from '../types';
import { FLAGGABLE_COLLECTION } from './assign-flag';

/** DELETE /flags/:id/assignments/:resourceType/:resourceId → 204 */
export function unassignFlag(flagId: string, resourceType: FlaggableType, resourceId: string) {
  return apiClient.delete<void>(`/flags/${encodeURIComponent(flagId)}/assignments/${resourceType}/${encodeURIComponent(resourceId)}`);
}

export function useUnassignFlag(resourceType: FlaggableType, resourceId: string) {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (flagId: string) => unassignFlag(flagId, resourceType, resourceId),
    onSuccess: () =>
      Promise.all([queryClient.invalidateQueries({ queryKey: [FLAGGABLE_COLLECTION[resourceType]] }), queryClient.invalidateQueries({ queryKey: ['flags'] })]),
  });
}
