import { useMutation, useQueryClient } from '@tanstack/react-query';
import { api } from '../../../lib/api-client';
import type { PartPatch } from '../types';
import { projectKeys } from './keys';

/** PATCH /projects/:id/parts/:partId → 200 (e.g. the part's status moves to delivered). */
export function updateProjectPart(projectId: string, partId: string, patch: PartPatch) {
  return api.patch('/projects/{id}/parts/{partId}', { params: { path: { id: projectId, partId } }, body: patch });
}

export function useUpdateProjectPart(projectId: string) {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: ({ partId, patch }: { partId: string; patch: PartPatch }) => updateProjectPart(projectId, partId, patch),
    onSettled: () => queryClient.invalidateQueries({ queryKey: [...projectKeys.detail(projectId), 'parts'] }),
  });
}
