import { api } from '../../../lib/api-client';
import { useCreateMutation } from '../../../lib/resource-mutations';
import type { OrderInput } from '../types';
import { orderKeys } from './keys';

/** POST /orders → 201 */
export function createOrder(input: OrderInput) {
  return api.post('/orders', { body: input });
}

export function useCreateOrder() {
  return useCreateMutation(orderKeys, createOrder);
}
