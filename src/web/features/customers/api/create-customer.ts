import { apiClient } from '../../../lib/api-client';
import { useCreateMutation } from '../../../lib/resource-mutations';
import type { Customer, CustomerInput } from '../types';
import { customerKeys } from './keys';

/** POST /customers → 201 */
export function createCustomer(input: CustomerInput) {
  return apiClient.post<Customer>('/customers', input);
}

export function useCreateCustomer() {
  return useCreateMutation(customerKeys, createCustomer);
}
