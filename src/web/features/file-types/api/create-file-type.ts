import { apiClient } from '../../../lib/api-client';
import { useCreateMutation } from '../../../lib/resource-mutations';
import type { FileType, FileTypeInput } from '../types';
import { fileTypeKeys } from './keys';

/** POST /file-types → 201 */
export function createFileType(input: FileTypeInput) {
  return apiClient.post<FileType>('/file-types', input);
}

export function useCreateFileType() {
  return useCreateMutation(fileTypeKeys, createFileType);
}
