import { apiClient } from '../../../lib/api-client';
import { useCreateMutation } from '../../../lib/resource-mutations';
import type { Order, OrderInput } from '../types';
import { orderKeys } from './keys';

/** POST /orders → 201 */
export function createOrder(input: OrderInput) {
  return apiClient.post<Order>('/orders', input);
}

export function useCreateOrder() {
  return useCreateMutation(orderKeys, createOrder);
}
