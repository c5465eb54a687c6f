import { useMutation, useQueryClient, type QueryClient } from '@tanstack/react-query';
import { api } from '../../../lib/api-client';
import { userKeys } from '../../users/api/keys';
import type { GrantInput } from '../types';
import { portalAccessKeys } from './keys';

/** POST /users/:id/grants → 201: "visible" (only make visible) or "assigned". */
export function addGrant(userId: string, input: GrantInput) {
  return api.post('/users/{id}/grants', { params: { path: { id: userId } }, body: input });
}

export function useAddGrant() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: ({ userId, input }: { userId: string; input: GrantInput }) => addGrant(userId, input),
    onSuccess: (_, { userId }) => invalidateAfterGranting(queryClient, userId),
  });
}

/** What a new grant changes: the user's grants, their explanations, and every record's viewers. */
export async function invalidateAfterGranting(queryClient: QueryClient, userId: string) {
  await Promise.all([
    queryClient.invalidateQueries({ queryKey: portalAccessKeys.grants(userId) }),
    queryClient.invalidateQueries({ queryKey: [...userKeys.detail(userId), 'explain'] }),
    queryClient.invalidateQueries({ queryKey: portalAccessKeys.allViewers }),
  ]);
}
