import { apiClient } from '../../../lib/api-client';
import { useArchiveMutation } from '../../../lib/resource-mutations';
import { siteKeys } from './keys';

/** DELETE /sites/:id → 204 (archives; the record stays readable with archivedAt set) */
export function archiveSite(id: string) {
  return apiClient.delete<void>(`/sites/${encodeURIComponent(id)}`);
}

export function useArchiveSite() {
  return useArchiveMutation(siteKeys, archiveSite);
}
