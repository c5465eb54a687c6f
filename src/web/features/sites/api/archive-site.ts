import { api } from '../../../lib/api-client';
import { useArchiveMutation } from '../../../lib/resource-mutations';
import { siteKeys } from './keys';

/** DELETE /sites/:id → 204 (archives; the record stays readable with archivedAt set) */
export function archiveSite(id: string) {
  return api.delete('/sites/{id}', { params: { path: { id } } });
}

export function useArchiveSite() {
  return useArchiveMutation(siteKeys, archiveSite);
}
