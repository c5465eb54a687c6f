import { api } from '../../../lib/api-client';
import { useArchiveMutation } from '../../../lib/resource-mutations';
import { customerKeys } from './keys';

/** DELETE /customers/:id → 204 (archives; the record stays readable with archivedAt set) */
export function archiveCustomer(id: string) {
  return api.delete('/customers/{id}', { params: { path: { id } } });
}

export function useArchiveCustomer() {
  return useArchiveMutation(customerKeys, archiveCustomer);
}
