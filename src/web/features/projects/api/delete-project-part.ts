import { useMutation, useQueryClient } from '@tanstack/react-query';
import { apiClient } from '../../../lib/api-client';
import { projectKeys } from './keys';

/** DELETE /projects/:id/parts/:partId → 204 */
export function deleteProjectPart(projectId: string, partId: string) {
  return apiClient.delete<void>(`/projects/${encodeURIComponent(projectId)}/parts/${encodeURIComponent(partId)}`);
}

export function useDeleteProjectPart(projectId: string) {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (partId: string) => deleteProjectPart(projectId, partId),
    onSuccess: () => queryClient.invalidateQueries({ queryKey: [...projectKeys.detail(projectId), 'parts'] }),
  });
}
