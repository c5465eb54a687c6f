import { apiClient } from '../../../lib/api-client';
import { useUpdateMutation } from '../../../lib/resource-mutations';
import type { WorkOrder, WorkOrderPatch } from '../types';
import { workOrderKeys } from './keys';

/** PATCH /work-orders/:id → 200 */
export function updateWorkOrder(id: string, patch: WorkOrderPatch) {
  return apiClient.patch<WorkOrder>(`/work-orders/${encodeURIComponent(id)}`, patch);
}

export function useUpdateWorkOrder() {
  return useUpdateMutation(workOrderKeys, updateWorkOrder);
}
