import { api } from '../../../lib/api-client';
import { useUpdateMutation } from '../../../lib/resource-mutations';
import type { WorkOrderPatch } from '../types';
import { workOrderKeys } from './keys';

/** PATCH /work-orders/:id → 200 */
export function updateWorkOrder(id: string, patch: WorkOrderPatch) {
  return api.patch('/work-orders/{id}', { params: { path: { id } }, body: patch });
}

export function useUpdateWorkOrder() {
  return useUpdateMutation(workOrderKeys, updateWorkOrder);
}
