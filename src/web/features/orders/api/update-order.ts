import { apiClient } from '../../../lib/api-client';
import { useUpdateMutation } from '../../../lib/resource-mutations';
import type { Order, OrderPatch } from '../types';
import { orderKeys } from './keys';

/** PATCH /orders/:id → 200 */
export function updateOrder(id: string, patch: OrderPatch) {
  return apiClient.patch<Order>(`/orders/${encodeURIComponent(id)}`, patch);
}

export function useUpdateOrder() {
  return useUpdateMutation(orderKeys, updateOrder);
}
