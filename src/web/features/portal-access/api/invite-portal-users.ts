import { useMutation, useQueryClient } from '@tanstack/react-query';
import { apiClient } from '../../../lib/api-client';
import type { BodyOf, ResponseOf } from '../../../lib/api-types';
import { userKeys } from '../../users/api/keys';
import type { InvitationInput } from '../types';

/** POST /users/invitations → 201 {items}: one invitation, or several at once (all or nothing). */
export function invitePortalUsers(input: InvitationInput | { invitations: InvitationInput[] }) {
  return apiClient.post<ResponseOf<'/api/v1/users/invitations', 'post'>>('/users/invitations', input satisfies BodyOf<'/api/v1/users/invitations', 'post'>);
}

export function useInvitePortalUsers() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: invitePortalUsers,
    onSuccess: () => queryClient.invalidateQueries({ queryKey: userKeys.lists() }),
  });
}
