import { api } from '../../../lib/api-client';
import { useUpdateMutation } from '../../../lib/resource-mutations';
import type { OrderPatch } from '../types';
import { orderKeys } from './keys';

/** PATCH /orders/:id → 200 */
export function updateOrder(id: string, patch: OrderPatch) {
  return api.patch('/orders/{id}', { params: { path: { id } }, body: patch });
}

export function useUpdateOrder() {
  return useUpdateMutation(orderKeys, updateOrder);
}
