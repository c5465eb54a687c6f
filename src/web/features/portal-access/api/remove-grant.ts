import { useMutation, useQueryClient } from '@tanstack/react-query';
import { api } from '../../../lib/api-client';
import { userKeys } from '../../users/api/keys';
import type { GrantType } from '../types';
import { portalAccessKeys } from './keys';

/** DELETE /users/:id/grants/:resourceType/:resourceId → 204 */
export function removeGrant(userId: string, resourceType: GrantType, resourceId: string) {
  return api.delete('/users/{id}/grants/{resourceType}/{resourceId}', { params: { path: { id: userId, resourceType, resourceId } } });
}

export function useRemoveGrant() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: ({ userId, resourceType, resourceId }: { userId: string; resourceType: GrantType; resourceId: string }) => removeGrant(userId, resourceType, resourceId),
    onSuccess: async (_, { userId }) => {
      await Promise.all([
        queryClient.invalidateQueries({ queryKey: portalAccessKeys.grants(userId) }),
        queryClient.invalidateQueries({ queryKey: [...userKeys.detail(userId), 'explain'] }),
        queryClient.invalidateQueries({ queryKey: portalAccessKeys.allViewers }),
      ]);
    },
  });
}
