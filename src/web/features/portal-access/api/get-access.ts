import { useQuery } from '@tanstack/react-query';
import { api } from '../../../lib/api-client';
import { portalAccessKeys } from './keys';

/** GET /users/:id/access: scope, modes and capabilities of an external user. */
export function getAccess(userId: string, signal?: AbortSignal) {
  return api.get('/users/{id}/access', { params: { path: { id: userId } }, signal });
}

export function useAccess(userId: string) {
  return useQuery({ queryKey: portalAccessKeys.access(userId), queryFn: ({ signal }) => getAccess(userId, signal) });
}
