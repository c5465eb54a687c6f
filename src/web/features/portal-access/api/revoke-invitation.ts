import { useMutation, useQueryClient } from '@tanstack/react-query';
import { api } from '../../../lib/api-client';
import { userKeys } from '../../users/api/keys';

/** DELETE /users/:id/invitation → 204: the open invitation link stops working. */
export function revokeInvitation(userId: string) {
  return api.delete('/users/{id}/invitation', { params: { path: { id: userId } } });
}

export function useRevokeInvitation() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: revokeInvitation,
    onSuccess: async (_, userId) => {
      await Promise.all([queryClient.invalidateQueries({ queryKey: userKeys.detail(userId) }), queryClient.invalidateQueries({ queryKey: userKeys.lists() })]);
    },
  });
}
