import { apiClient } from '../../../lib/api-client';
import { useUpdateMutation } from '../../../lib/resource-mutations';
import type { FileType, FileTypePatch } from '../types';
import { fileTypeKeys } from './keys';

/** PATCH /file-types/:id → 200 */
export function updateFileType(id: string, patch: FileTypePatch) {
  return apiClient.patch<FileType>(`/file-types/${encodeURIComponent(id)}`, patch);
}

export function useUpdateFileType() {
  return useUpdateMutation(fileTypeKeys, updateFileType);
}
