import { queryOptions, useQuery } from '@tanstack/react-query';
import { api } from '../../../lib/api-client';
import { siteKeys } from './keys';

/** GET /sites/:id */
export function getSite(id: string, signal?: AbortSignal) {
  return api.get('/sites/{id}', { params: { path: { id } }, signal });
}

export function siteQuery(id: string) {
  return queryOptions({ queryKey: siteKeys.detail(id), queryFn: ({ signal }) => getSite(id, signal) });
}

/** The record, or nothing while `id` is empty (optional references). */
export function useSite(id: string | null | undefined) {
  return useQuery({ ...siteQuery(id ?? ''), enabled: Boolean(id) });
}
