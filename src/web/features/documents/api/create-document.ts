import { api } from '../../../lib/api-client';
import { useCreateMutation } from '../../../lib/resource-mutations';
import type { DocumentInput } from '../types';
import { documentKeys } from './keys';

/** POST /documents → 201 */
export function createDocument(input: DocumentInput) {
  return api.post('/documents', { body: input });
}

export function useCreateDocument() {
  return useCreateMutation(documentKeys, createDocument);
}
