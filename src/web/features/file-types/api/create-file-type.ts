import { api } from '../../../lib/api-client';
import { useCreateMutation } from '../../../lib/resource-mutations';
import type { FileTypeInput } from '../types';
import { fileTypeKeys } from './keys';

/** POST /file-types → 201 */
export function createFileType(input: FileTypeInput) {
  return api.post('/file-types', { body: input });
}

export function useCreateFileType() {
  return useCreateMutation(fileTypeKeys, createFileType);
}
