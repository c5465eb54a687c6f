import { useMutation, useQueryClient } from '@tanstack/react-query';
import { api } from '../../../lib/api-client';
import { userKeys } from '../../users/api/keys';
import { portalAccessKeys } from './keys';

/** POST /users/:id/invitation/resend → 200: a new link; the previous one stops working. */
export function resendInvitation(userId: string) {
  return api.post('/users/{id}/invitation/resend', { params: { path: { id: userId } } });
}

export function useResendInvitation() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: resendInvitation,
    onSuccess: async (state) => {
      queryClient.setQueryData(portalAccessKeys.invitation(state.userId), state);
      await queryClient.invalidateQueries({ queryKey: userKeys.detail(state.userId) });
    },
  });
}
