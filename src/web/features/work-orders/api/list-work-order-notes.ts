import { fetchPage, usePageQuery } from '../../../lib/resource';
import type { ListParams } from '../../../lib/resource';
import { workOrderKeys } from './keys';

/** GET /work-orders/:id/notes, oldest first (internal and public for staff). */
export function listWorkOrderNotes(workOrderId: string, params: ListParams, signal?: AbortSignal) {
  return fetchPage('/work-orders/{id}/notes', params, { path: { id: workOrderId }, signal });
}

export function useWorkOrderNotes(workOrderId: string, params: ListParams) {
  return usePageQuery(workOrderKeys.sub(workOrderId, 'notes', params), (signal) => listWorkOrderNotes(workOrderId, params, signal));
}
