import { api } from '../../../lib/api-client';
import { useCreateMutation } from '../../../lib/resource-mutations';
import type { CustomerInput } from '../types';
import { customerKeys } from './keys';

/** POST /customers → 201 */
export function createCustomer(input: CustomerInput) {
  return api.post('/customers', { body: input });
}

export function useCreateCustomer() {
  return useCreateMutation(customerKeys, createCustomer);
}
