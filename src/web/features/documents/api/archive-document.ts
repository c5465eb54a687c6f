import { api } from '../../../lib/api-client';
import { useArchiveMutation } from '../../../lib/resource-mutations';
import { documentKeys } from './keys';

/** DELETE /documents/:id → 204 (archives; the record stays readable with archivedAt set) */
export function archiveDocument(id: string) {
  return api.delete('/documents/{id}', { params: { path: { id } } });
}

export function useArchiveDocument() {
  return useArchiveMutation(documentKeys, archiveDocument);
}
