import { apiClient } from '../../../lib/api-client';
import { useArchiveMutation } from '../../../lib/resource-mutations';
import { flagKeys } from './keys';

/** DELETE /flags/:id → 204 (archives; the record stays readable with archivedAt set) */
export function archiveFlag(id: string) {
  return apiClient.delete<void>(`/flags/${encodeURIComponent(id)}`);
}

export function useArchiveFlag() {
  return useArchiveMutation(flagKeys, archiveFlag);
}
