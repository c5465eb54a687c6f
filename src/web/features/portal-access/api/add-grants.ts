import { useMutation, useQueryClient } from '@tanstack/react-query';
import { apiClient } from '../../../lib/api-client';
import type { Grant, GrantInput } from '../types';
import { invalidateAfterGranting } from './add-grant';

export interface GrantBatch {
  grants: Omit<GrantInput, 'notify'>[];
  notify: boolean;
}

/** POST /users/:id/grants/batch → 201: several records at once, all or none, one mail for the batch. */
export function addGrants(userId: string, batch: GrantBatch) {
  return apiClient.post<{ items: Grant[] }>(`/users/${encodeURIComponent(userId)}/grants/batch`, batch);
}

export function useAddGrants() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: ({ userId, batch }: { userId: string; batch: GrantBatch }) => addGrants(userId, batch),
    onSuccess: (_, { userId }) => invalidateAfterGranting(queryClient, userId),
  });
}
