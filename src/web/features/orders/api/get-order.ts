import { queryOptions, useQuery } from '@tanstack/react-query';
import { api } from '../../../lib/api-client';
import { orderKeys } from './keys';

/** GET /orders/:id */
export function getOrder(id: string, signal?: AbortSignal) {
  return api.get('/orders/{id}', { params: { path: { id } }, signal });
}

export function orderQuery(id: string) {
  return queryOptions({ queryKey: orderKeys.detail(id), queryFn: ({ signal }) => getOrder(id, signal) });
}

/** The record, or nothing while `id` is empty (optional references). */
export function useOrder(id: string | null | undefined) {
  return useQuery({ ...orderQuery(id ?? ''), enabled: Boolean(id) });
}
