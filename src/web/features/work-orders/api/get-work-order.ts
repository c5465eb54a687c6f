import { queryOptions, useQuery } from '@tanstack/react-query';
import { api } from '../../../lib/api-client';
import { workOrderKeys } from './keys';

/** GET /work-orders/:id */
export function getWorkOrder(id: string, signal?: AbortSignal) {
  return api.get('/work-orders/{id}', { params: { path: { id } }, signal });
}

export function workOrderQuery(id: string) {
  return queryOptions({ queryKey: workOrderKeys.detail(id), queryFn: ({ signal }) => getWorkOrder(id, signal) });
}

/** The record, or nothing while `id` is empty (optional references). */
export function useWorkOrder(id: string | null | undefined) {
  return useQuery({ ...workOrderQuery(id ?? ''), enabled: Boolean(id) });
}
