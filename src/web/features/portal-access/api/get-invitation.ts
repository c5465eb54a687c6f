import { useQuery } from '@tanstack/react-query';
import { apiClient } from '../../../lib/api-client';
import type { InvitationState } from '../types';
import { portalAccessKeys } from './keys';

/** GET /users/:id/invitation */
export function getInvitation(userId: string, signal?: AbortSignal) {
  return apiClient.get<InvitationState>(`/users/${encodeURIComponent(userId)}/invitation`, signal);
}

export function useInvitation(userId: string) {
  return useQuery({ queryKey: portalAccessKeys.invitation(userId), queryFn: ({ signal }) => getInvitation(userId, signal) });
}
