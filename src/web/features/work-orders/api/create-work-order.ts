import { api } from '../../../lib/api-client';
import { useCreateMutation } from '../../../lib/resource-mutations';
import type { WorkOrderInput } from '../types';
import { workOrderKeys } from './keys';

/** POST /work-orders → 201 */
export function createWorkOrder(input: WorkOrderInput) {
  return api.post('/work-orders', { body: input });
}

export function useCreateWorkOrder() {
  return useCreateMutation(workOrderKeys, createWorkOrder);
}
