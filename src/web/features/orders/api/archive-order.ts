import { api } from '../../../lib/api-client';
import { useArchiveMutation } from '../../../lib/resource-mutations';
import { orderKeys } from './keys';

/** DELETE /orders/:id → 204 (archives; the record stays readable with archivedAt set) */
export function archiveOrder(id: string) {
  return api.delete('/orders/{id}', { params: { path: { id } } });
}

export function useArchiveOrder() {
  return useArchiveMutation(orderKeys, archiveOrder);
}
