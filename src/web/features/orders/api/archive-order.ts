import { apiClient } from '../../../lib/api-client';
import { useArchiveMutation } from '../../../lib/resource-mutations';
import { orderKeys } from './keys';

/** DELETE /orders/:id → 204 (archives; the record stays readable with archivedAt set) */
export function archiveOrder(id: string) {
  return apiClient.delete<void>(`/orders/${encodeURIComponent(id)}`);
}

export function useArchiveOrder() {
  return useArchiveMutation(orderKeys, archiveOrder);
}
