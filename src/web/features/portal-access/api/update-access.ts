import { useMutation, useQueryClient } from '@tanstack/react-query';
import { api } from '../../../lib/api-client';
import type { AccessPatch } from '../types';
import { userKeys } from '../../users/api/keys';
import { portalAccessKeys } from './keys';

/** PUT /users/:id/access → 200: any subset; a roleTemplate first resets modes and capabilities to the template. */
export function updateAccess(userId: string, patch: AccessPatch) {
  return api.put('/users/{id}/access', { params: { path: { id: userId } }, body: patch });
}

export function useUpdateAccess() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: ({ userId, patch }: { userId: string; patch: AccessPatch }) => updateAccess(userId, patch),
    onSuccess: (access) => {
      queryClient.setQueryData(portalAccessKeys.access(access.userId), access);
      // Who can see a record follows from access settings too; the user's contact shows on their page and the contact's.
      return Promise.all([
        queryClient.invalidateQueries({ queryKey: portalAccessKeys.allViewers }),
        queryClient.invalidateQueries({ queryKey: userKeys.detail(access.userId), exact: true }),
        queryClient.invalidateQueries({ queryKey: userKeys.lists() }),
      ]);
    },
  });
}
