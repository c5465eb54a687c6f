import { api } from '../../../lib/api-client';
import { useArchiveMutation } from '../../../lib/resource-mutations';
import { workOrderKeys } from './keys';

/** DELETE /work-orders/:id → 204 (archives; the record stays readable with archivedAt set) */
export function archiveWorkOrder(id: string) {
  return api.delete('/work-orders/{id}', { params: { path: { id } } });
}

export function useArchiveWorkOrder() {
  return useArchiveMutation(workOrderKeys, archiveWorkOrder);
}
