import { apiClient } from '../../../lib/api-client';
import { useCreateMutation } from '../../../lib/resource-mutations';
import type { Contact, ContactInput } from '../types';
import { contactKeys } from './keys';

/** POST /contacts → 201 */
export function createContact(input: ContactInput) {
  return apiClient.post<Contact>('/contacts', input);
}

export function useCreateContact() {
  return useCreateMutation(contactKeys, createContact);
}
