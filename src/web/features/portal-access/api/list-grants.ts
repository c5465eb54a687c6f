import { useQuery } from '@tanstack/react-query';
import { api } from '../../../lib/api-client';
import { portalAccessKeys } from './keys';

/** GET /users/:id/grants: records granted to the user. */
export function listGrants(userId: string, signal?: AbortSignal) {
  return api.get('/users/{id}/grants', { params: { path: { id: userId } }, signal });
}

export function useGrants(userId: string) {
  return useQuery({ queryKey: portalAccessKeys.grants(userId), queryFn: ({ signal }) => listGrants(userId, signal) });
}
