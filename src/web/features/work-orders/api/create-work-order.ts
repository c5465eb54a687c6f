import { apiClient } from '../../../lib/api-client';
import { useCreateMutation } from '../../../lib/resource-mutations';
import type { WorkOrder, WorkOrderInput } from '../types';
import { workOrderKeys } from './keys';

/** POST /work-orders → 201 */
export function createWorkOrder(input: WorkOrderInput) {
  return apiClient.post<WorkOrder>('/work-orders', input);
}

export function useCreateWorkOrder() {
  return useCreateMutation(workOrderKeys, createWorkOrder);
}
