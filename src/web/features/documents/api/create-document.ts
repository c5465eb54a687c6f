import { apiClient } from '../../../lib/api-client';
import { useCreateMutation } from '../../../lib/resource-mutations';
import type { Document, DocumentInput } from '../types';
import { documentKeys } from './keys';

/** POST /documents → 201 */
export function createDocument(input: DocumentInput) {
  return apiClient.post<Document>('/documents', input);
}

export function useCreateDocument() {
  return useCreateMutation(documentKeys, createDocument);
}
