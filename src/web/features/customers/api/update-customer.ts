import { api } from '../../../lib/api-client';
import { useUpdateMutation } from '../../../lib/resource-mutations';
import type { CustomerPatch } from '../types';
import { customerKeys } from './keys';

/** PATCH /customers/:id → 200 */
export function updateCustomer(id: string, patch: CustomerPatch) {
  return api.patch('/customers/{id}', { params: { path: { id } }, body: patch });
}

export function useUpdateCustomer() {
  return useUpdateMutation(customerKeys, updateCustomer);
}
