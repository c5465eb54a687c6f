import { api } from '../../../lib/api-client';
import { useCreateMutation } from '../../../lib/resource-mutations';
import type { ProjectInput } from '../types';
import { projectKeys } from './keys';

/** POST /projects → 201 */
export function createProject(input: ProjectInput) {
  return api.post('/projects', { body: input });
}

export function useCreateProject() {
  return useCreateMutation(projectKeys, createProject);
}
