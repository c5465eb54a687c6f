import { apiClient } from '../../../lib/api-client';
import { useUpdateMutation } from '../../../lib/resource-mutations';
import type { Document, DocumentPatch } from '../types';
import { documentKeys } from './keys';

/** PATCH /documents/:id → 200 */
export function updateDocument(id: string, patch: DocumentPatch) {
  return apiClient.patch<Document>(`/documents/${encodeURIComponent(id)}`, patch);
}

export function useUpdateDocument() {
  return useUpdateMutation(documentKeys, updateDocument);
}
