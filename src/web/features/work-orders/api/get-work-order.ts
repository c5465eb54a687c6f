import { queryOptions, useQuery } from '@tanstack/react-query';
import { apiClient } from '../../../lib/api-client';
import type { WorkOrder } from '../types';
import { workOrderKeys } from './keys';

/** GET /work-orders/:id */
export function getWorkOrder(id: string, signal?: AbortSignal) {
  return apiClient.get<WorkOrder>(`/work-orders/${encodeURIComponent(id)}`, signal);
}

export function workOrderQuery(id: string) {
  return queryOptions({ queryKey: workOrderKeys.detail(id), queryFn: ({ signal }) => getWorkOrder(id, signal) });
}

/** The record, or nothing while `id` is empty (optional references). */
export function useWorkOrder(id: string | null | undefined) {
  return useQuery({ ...workOrderQuery(id ?? ''), enabled: Boolean(id) });
}
