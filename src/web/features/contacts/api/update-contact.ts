import { apiClient } from '../../../lib/api-client';
import { useUpdateMutation } from '../../../lib/resource-mutations';
import type { Contact, ContactPatch } from '../types';
import { contactKeys } from './keys';

/** PATCH /contacts/:id → 200 */
export function updateContact(id: string, patch: ContactPatch) {
  return apiClient.patch<Contact>(`/contacts/${encodeURIComponent(id)}`, patch);
}

export function useUpdateContact() {
  return useUpdateMutation(contactKeys, updateContact);
}
