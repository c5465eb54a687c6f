import { api } from '../../../lib/api-client';
import { useUpdateMutation } from '../../../lib/resource-mutations';
import type { DocumentPatch } from '../types';
import { documentKeys } from './keys';

/** PATCH /documents/:id → 200 */
export function updateDocument(id: string, patch: DocumentPatch) {
  return api.patch('/documents/{id}', { params: { path: { id } }, body: patch });
}

export function useUpdateDocument() {
  return useUpdateMutation(documentKeys, updateDocument);
}
