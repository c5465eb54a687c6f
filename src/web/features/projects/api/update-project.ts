import { api } from '../../../lib/api-client';
import { useUpdateMutation } from '../../../lib/resource-mutations';
import type { ProjectPatch } from '../types';
import { projectKeys } from './keys';

/** PATCH /projects/:id → 200 */
export function updateProject(id: string, patch: ProjectPatch) {
  return api.patch('/projects/{id}', { params: { path: { id } }, body: patch });
}

export function useUpdateProject() {
  return useUpdateMutation(projectKeys, updateProject);
}
