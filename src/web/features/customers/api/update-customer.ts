import { apiClient } from '../../../lib/api-client';
import { useUpdateMutation } from '../../../lib/resource-mutations';
import type { Customer, CustomerPatch } from '../types';
import { customerKeys } from './keys';

/** PATCH /customers/:id → 200 */
export function updateCustomer(id: string, patch: CustomerPatch) {
  return apiClient.patch<Customer>(`/customers/${encodeURIComponent(id)}`, patch);
}

export function useUpdateCustomer() {
  return useUpdateMutation(customerKeys, updateCustomer);
}
