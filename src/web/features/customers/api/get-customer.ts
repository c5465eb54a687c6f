import { queryOptions, useQuery } from '@tanstack/react-query';
import { api } from '../../../lib/api-client';
import { customerKeys } from './keys';

/** GET /customers/:id */
export function getCustomer(id: string, signal?: AbortSignal) {
  return api.get('/customers/{id}', { params: { path: { id } }, signal });
}

export function customerQuery(id: string) {
  return queryOptions({ queryKey: customerKeys.detail(id), queryFn: ({ signal }) => getCustomer(id, signal) });
}

/** The record, or nothing while `id` is empty (optional references). */
export function useCustomer(id: string | null | undefined) {
  return useQuery({ ...customerQuery(id ?? ''), enabled: Boolean(id) });
}
