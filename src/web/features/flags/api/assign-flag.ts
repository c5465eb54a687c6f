import { useMutation, useQueryClient } from '@tanstack/react-query';
import { apiClient } from '../../../lib/api-client';
import type { FlagAssignment, FlaggableType } from '../types';

/** The collection whose records embed `flags` for each flaggable type. */
export const FLAGGABLE_COLLECTION: Record<FlaggableType, string> = { order: 'orders', work_order: 'work-orders', project: 'projects' };

/** POST /flags/:id/assignments → 201 (idempotent). */
export function assignFlag(flagId: string, resourceType: FlaggableType, resourceId: string) {
  return apiClient.post<FlagAssignment>(`/flags/${encodeURIComponent(flagId)}/assignments`, { resourceType, resourceId });
}

export function useAssignFlag(resourceType: FlaggableType, resourceId: string) {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (flagId: string) => assignFlag(flagId, resourceType, resourceId),
    onSuccess: () =>
      Promise.all([queryClient.invalidateQueries({ queryKey: [FLAGGABLE_COLLECTION[resourceType]] }), queryClient.invalidateQueries({ queryKey: ['flags'] })]),
  });
}
