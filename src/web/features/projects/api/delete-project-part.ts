import { useMutation, useQueryClient } from '@tanstack/react-query';
import { api } from '../../../lib/api-client';
import { projectKeys } from './keys';

/** DELETE /projects/:id/parts/:partId → 204 */
export function deleteProjectPart(projectId: string, partId: string) {
  return api.delete('/projects/{id}/parts/{partId}', { params: { path: { id: projectId, partId } } });
}

export function useDeleteProjectPart(projectId: string) {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (partId: string) => deleteProjectPart(projectId, partId),
    onSuccess: () => queryClient.invalidateQueries({ queryKey: [...projectKeys.detail(projectId), 'parts'] }),
  });
}
