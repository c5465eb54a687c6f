import { api } from '../../../lib/api-client';
import { useArchiveMutation } from '../../../lib/resource-mutations';
import { fileTypeKeys } from './keys';

/** DELETE /file-types/:id → 204 (archives; the record stays readable with archivedAt set) */
export function archiveFileType(id: string) {
  return api.delete('/file-types/{id}', { params: { path: { id } } });
}

export function useArchiveFileType() {
  return useArchiveMutation(fileTypeKeys, archiveFileType);
}
