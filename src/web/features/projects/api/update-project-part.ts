import { useMutation, useQueryClient } from '@tanstack/react-query';
import { apiClient } from '../../../lib/api-client';
import type { Part, PartPatch } from '../types';
import { projectKeys } from './keys';

/** PATCH /projects/:id/parts/:partId → 200 (e.g. the part's status moves to delivered). */
export function updateProjectPart(projectId: string, partId: string, patch: PartPatch) {
  return apiClient.patch<Part>(`/projects/${encodeURIComponent(projectId)}/parts/${encodeURIComponent(partId)}`, patch);
}

export function useUpdateProjectPart(projectId: string) {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: ({ partId, patch }: { partId: string; patch: PartPatch }) => updateProjectPart(projectId, partId, patch),
    onSettled: () => queryClient.invalidateQueries({ queryKey: [...projectKeys.detail(projectId), 'parts'] }),
  });
}
