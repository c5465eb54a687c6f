import { fetchPage, usePageQuery } from '../../../lib/resource';
import type { ListParams } from '../../../lib/resource';
import type { WorkOrderNote } from '../types';
import { workOrderKeys } from './keys';

/** GET /work-orders/:id/notes, oldest first (internal and public for staff). */
export function listWorkOrderNotes(workOrderId: string, params: ListParams, signal?: AbortSignal) {
  return fetchPage<WorkOrderNote>(`/work-orders/${encodeURIComponent(workOrderId)}/notes`, params, signal);
}

export function useWorkOrderNotes(workOrderId: string, params: ListParams) {
  return usePageQuery(workOrderKeys.sub(workOrderId, 'notes', params), (signal) => listWorkOrderNotes(workOrderId, params, signal));
}
