import { apiClient } from '../../../lib/api-client';
import { useUpdateMutation } from '../../../lib/resource-mutations';
import type { Project, ProjectPatch } from '../types';
import { projectKeys } from './keys';

/** PATCH /projects/:id → 200 */
export function updateProject(id: string, patch: ProjectPatch) {
  return apiClient.patch<Project>(`/projects/${encodeURIComponent(id)}`, patch);
}

export function useUpdateProject() {
  return useUpdateMutation(projectKeys, updateProject);
}
