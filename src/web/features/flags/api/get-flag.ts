import { queryOptions, useQuery } from '@tanstack/react-query';
import { api } from '../../../lib/api-client';
import { flagKeys } from './keys';

/** GET /flags/:id */
export function getFlag(id: string, signal?: AbortSignal) {
  return api.get('/flags/{id}', { params: { path: { id } }, signal });
}

export function flagQuery(id: string) {
  return queryOptions({ queryKey: flagKeys.detail(id), queryFn: ({ signal }) => getFlag(id, signal) });
}

/** The record, or nothing while `id` is empty (optional references). */
export function useFlag(id: string | null | undefined) {
  return useQuery({ ...flagQuery(id ?? ''), enabled: Boolean(id) });
}
