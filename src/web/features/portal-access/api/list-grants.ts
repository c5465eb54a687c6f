import { useQuery } from '@tanstack/react-query';
import { apiClient } from '../../../lib/api-client';
import type { ResponseOf } from '../../../lib/api-types';
import { portalAccessKeys } from './keys';

/** GET /users/:id/grants: records granted to the user. */
export function listGrants(userId: string, signal?: AbortSignal) {
  return apiClient.get<ResponseOf<'/api/v1/users/{id}/grants'>>(`/users/${encodeURIComponent(userId)}/grants`, signal);
}

export function useGrants(userId: string) {
  return useQuery({ queryKey: portalAccessKeys.grants(userId), queryFn: ({ signal }) => listGrants(userId, signal) });
}
