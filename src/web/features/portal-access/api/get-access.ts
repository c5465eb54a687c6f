import { useQuery } from '@tanstack/react-query';
import { apiClient } from '../../../lib/api-client';
import type { UserAccess } from '../types';
import { portalAccessKeys } from './keys';

/** GET /users/:id/access: scope, modes and capabilities of an external user. */
export function getAccess(userId: string, signal?: AbortSignal) {
  return apiClient.get<UserAccess>(`/users/${encodeURIComponent(userId)}/access`, signal);
}

export function useAccess(userId: string) {
  return useQuery({ queryKey: portalAccessKeys.access(userId), queryFn: ({ signal }) => getAccess(userId, signal) });
}
