import { api } from '../../../lib/api-client';
import { useCreateMutation } from '../../../lib/resource-mutations';
import type { ContactInput } from '../types';
import { contactKeys } from './keys';

/** POST /contacts → 201 */
export function createContact(input: ContactInput) {
  return api.post('/contacts', { body: input });
}

export function useCreateContact() {
  return useCreateMutation(contactKeys, createContact);
}
