import { useMutation, useQueryClient } from '@tanstack/react-query';
import { api } from '../../../lib/api-client';
import type { FlaggableType } from '../types';

/** The collection whose records embed `flags` for each flaggable type. */
export const FLAGGABLE_COLLECTION: Record<FlaggableType, string> = { order: 'orders', work_order: 'work-orders', project: 'projects' };

/** POST /flags/:id/assignments → 201 (idempotent). */
export function assignFlag(flagId: string, resourceType: FlaggableType, resourceId: string) {
  return api.post('/flags/{id}/assignments', { params: { path: { id: flagId } }, body: { resourceType, resourceId } });
}

export function useAssignFlag(resourceType: FlaggableType, resourceId: string) {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (flagId: string) => assignFlag(flagId, resourceType, resourceId),
    onSuccess: () =>
      Promise.all([queryClient.invalidateQueries({ queryKey: [FLAGGABLE_COLLECTION[resourceType]] }), queryClient.invalidateQueries({ queryKey: ['flags'] })]),
  });
}
