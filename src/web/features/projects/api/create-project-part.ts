import { useMutation, useQueryClient } from '@tanstack/react-query';
import { api } from '../../../lib/api-client';
import type { PartInput } from '../types';
import { projectKeys } from './keys';

/** POST /projects/:id/parts → 201 */
export function createProjectPart(projectId: string, input: PartInput) {
  return api.post('/projects/{id}/parts', { params: { path: { id: projectId } }, body: input });
}

export function useCreateProjectPart(projectId: string) {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (input: PartInput) => createProjectPart(projectId, input),
    onSuccess: () => queryClient.invalidateQueries({ queryKey: [...projectKeys.detail(projectId), 'parts'] }),
  });
}
