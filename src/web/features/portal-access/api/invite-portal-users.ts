import { useMutation, useQueryClient } from '@tanstack/react-query';
import { api } from '../../../lib/api-client';
import { userKeys } from '../../users/api/keys';
import type { InvitationInput } from '../types';

/** POST /users/invitations → 201 {items}: one invitation, or several at once (all or nothing). */
export function invitePortalUsers(input: InvitationInput | { invitations: InvitationInput[] }) {
  return api.post('/users/invitations', { body: input });
}

export function useInvitePortalUsers() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: invitePortalUsers,
    onSuccess: () => queryClient.invalidateQueries({ queryKey: userKeys.lists() }),
  });
}
