import { queryOptions, useQuery } from '@tanstack/react-query';
import { api } from '../../../lib/api-client';
import { staffGroupKeys } from './keys';

/** GET /staff-groups/:id */
export function getStaffGroup(id: string, signal?: AbortSignal) {
  return api.get('/staff-groups/{id}', { params: { path: { id } }, signal });
}

export function staffGroupQuery(id: string) {
  return queryOptions({ queryKey: staffGroupKeys.detail(id), queryFn: ({ signal }) => getStaffGroup(id, signal) });
}

/** The record, or nothing while `id` is empty (optional references). */
export function useStaffGroup(id: string | null | undefined) {
  return useQuery({ ...staffGroupQuery(id ?? ''), enabled: Boolean(id) });
}
