import { api } from '../../../lib/api-client';
import { useUpdateMutation } from '../../../lib/resource-mutations';
import type { ContactPatch } from '../types';
import { contactKeys } from './keys';

/** PATCH /contacts/:id → 200 */
export function updateContact(id: string, patch: ContactPatch) {
  return api.patch('/contacts/{id}', { params: { path: { id } }, body: patch });
}

export function useUpdateContact() {
  return useUpdateMutation(contactKeys, updateContact);
}
