import { queryOptions, useQuery } from '@tanstack/react-query';
import { apiClient } from '../../../lib/api-client';
import type { Order } from '../types';
import { orderKeys } from './keys';

/** GET /orders/:id */
export function getOrder(id: string, signal?: AbortSignal) {
  return apiClient.get<Order>(`/orders/${encodeURIComponent(id)}`, signal);
}

export function orderQuery(id: string) {
  return queryOptions({ queryKey: orderKeys.detail(id), queryFn: ({ signal }) => getOrder(id, signal) });
}

/** The record, or nothing while `id` is empty (optional references). */
export function useOrder(id: string | null | undefined) {
  return useQuery({ ...orderQuery(id ?? ''), enabled: Boolean(id) });
}
