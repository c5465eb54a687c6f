import { queryOptions, useQuery } from '@tanstack/react-query';
import { apiClient } from '../../../lib/api-client';
import type { StaffGroup } from '../types';
import { staffGroupKeys } from './keys';

/** GET /staff-groups/:id */
export function getStaffGroup(id: string, signal?: AbortSignal) {
  return apiClient.get<StaffGroup>(`/staff-groups/${encodeURIComponent(id)}`, signal);
}

export function staffGroupQuery(id: string) {
  return queryOptions({ queryKey: staffGroupKeys.detail(id), queryFn: ({ signal }) => getStaffGroup(id, signal) });
}

/** The record, or nothing while `id` is empty (optional references). */
export function useStaffGroup(id: string | null | undefined) {
  return useQuery({ ...staffGroupQuery(id ?? ''), enabled: Boolean(id) });
}
