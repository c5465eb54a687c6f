import { api } from '../../../lib/api-client';
import { useArchiveMutation } from '../../../lib/resource-mutations';
import { contactKeys } from './keys';

/** DELETE /contacts/:id → 204 (archives; the record stays readable with archivedAt set) */
export function archiveContact(id: string) {
  return api.delete('/contacts/{id}', { params: { path: { id } } });
}

export function useArchiveContact() {
  return useArchiveMutation(contactKeys, archiveContact);
}
