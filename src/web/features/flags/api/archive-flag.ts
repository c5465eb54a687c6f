import { api } from '../../../lib/api-client';
import { useArchiveMutation } from '../../../lib/resource-mutations';
import { flagKeys } from './keys';

/** DELETE /flags/:id → 204 (archives; the record stays readable with archivedAt set) */
export function archiveFlag(id: string) {
  return api.delete('/flags/{id}', { params: { path: { id } } });
}

export function useArchiveFlag() {
  return useArchiveMutation(flagKeys, archiveFlag);
}
