import { queryOptions, useQuery } from '@tanstack/react-query';
import { apiClient } from '../../../lib/api-client';
import type { Site } from '../types';
import { siteKeys } from './keys';

/** GET /sites/:id */
export function getSite(id: string, signal?: AbortSignal) {
  return apiClient.get<Site>(`/sites/${encodeURIComponent(id)}`, signal);
}

export function siteQuery(id: string) {
  return queryOptions({ queryKey: siteKeys.detail(id), queryFn: ({ signal }) => getSite(id, signal) });
}

/** The record, or nothing while `id` is empty (optional references). */
export function useSite(id: string | null | undefined) {
  return useQuery({ ...siteQuery(id ?? ''), enabled: Boolean(id) });
}
