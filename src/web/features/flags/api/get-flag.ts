import { queryOptions, useQuery } from '@tanstack/react-query';
import { apiClient } from '../../../lib/api-client';
import type { Flag } from '../types';
import { flagKeys } from './keys';

/** GET /flags/:id */
export function getFlag(id: string, signal?: AbortSignal) {
  return apiClient.get<Flag>(`/flags/${encodeURIComponent(id)}`, signal);
}

export function flagQuery(id: string) {
  return queryOptions({ queryKey: flagKeys.detail(id), queryFn: ({ signal }) => getFlag(id, signal) });
}

/** The record, or nothing while `id` is empty (optional references). */
export function useFlag(id: string | null | undefined) {
  return useQuery({ ...flagQuery(id ?? ''), enabled: Boolean(id) });
}
