import { useQuery } from '@tanstack/react-query';
import { api } from '../../../lib/api-client';
import { portalAccessKeys } from './keys';

/** GET /users/:id/invitation */
export function getInvitation(userId: string, signal?: AbortSignal) {
  return api.get('/users/{id}/invitation', { params: { path: { id: userId } }, signal });
}

export function useInvitation(userId: string) {
  return useQuery({ queryKey: portalAccessKeys.invitation(userId), queryFn: ({ signal }) => getInvitation(userId, signal) });
}
