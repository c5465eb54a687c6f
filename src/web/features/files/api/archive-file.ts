import { api, apiUrl } from '../../../lib/api-client';
import { useArchiveMutation } from '../../../lib/resource-mutations';
import { fileKeys } from './keys';

/** DELETE /files/:id → 204: no longer listed nor downloadable. */
export function archiveFile(id: string) {
  return api.delete('/files/{id}', { params: { path: { id } } });
}

export function useArchiveFile() {
  return useArchiveMutation(fileKeys, archiveFile);
}

/** GET /files/:id/content: the browser downloads it (always as an attachment). */
export function fileContentUrl(id: string): string {
  return apiUrl(`/files/${encodeURIComponent(id)}/content`);
}
