import { apiClient } from '../../../lib/api-client';
import { useCreateMutation } from '../../../lib/resource-mutations';
import type { Project, ProjectInput } from '../types';
import { projectKeys } from './keys';

/** POST /projects → 201 */
export function createProject(input: ProjectInput) {
  return apiClient.post<Project>('/projects', input);
}

export function useCreateProject() {
  return useCreateMutation(projectKeys, createProject);
}
