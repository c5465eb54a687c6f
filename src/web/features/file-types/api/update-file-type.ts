import { api } from '../../../lib/api-client';
import { useUpdateMutation } from '../../../lib/resource-mutations';
import type { FileTypePatch } from '../types';
import { fileTypeKeys } from './keys';

/** PATCH /file-types/:id → 200 */
export function updateFileType(id: string, patch: FileTypePatch) {
  return api.patch('/file-types/{id}', { params: { path: { id } }, body: patch });
}

export function useUpdateFileType() {
  return useUpdateMutation(fileTypeKeys, updateFileType);
}
