import { apiClient } from '../../../lib/api-client';
import { useArchiveMutation } from '../../../lib/resource-mutations';
import { documentKeys } from './keys';

/** DELETE /documents/:id → 204 (archives; the record stays readable with archivedAt set) */
export function archiveDocument(id: string) {
  return apiClient.delete<void>(`/documents/${encodeURIComponent(id)}`);
}

export function useArchiveDocument() {
  return useArchiveMutation(documentKeys, archiveDocument);
}
