import { api } from '../../../lib/api-client';
import { useArchiveMutation } from '../../../lib/resource-mutations';
import { projectKeys } from './keys';

/** DELETE /projects/:id → 204 (archives; the record stays readable with archivedAt set) */
export function archiveProject(id: string) {
  return api.delete('/projects/{id}', { params: { path: { id } } });
}

export function useArchiveProject() {
  return useArchiveMutation(projectKeys, archiveProject);
}
