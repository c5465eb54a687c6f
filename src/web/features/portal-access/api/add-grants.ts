import { useMutation, useQueryClient } from '@tanstack/react-query';
import { apiClient } from '../../../lib/api-client';
import type { BodyOf, ResponseOf } from '../../../lib/api-types';
import { invalidateAfterGranting } from './add-grant';

/** Several grants at once; notify: one mail for the whole batch. */
export type GrantBatch = BodyOf<'/api/v1/users/{id}/grants/batch', 'post'>;
export type GrantBatchAnswer = ResponseOf<'/api/v1/users/{id}/grants/batch', 'post'>;

/** POST /users/:id/grants/batch → 201: several records at once, all or none, one mail for the batch. */
export function addGrants(userId: string, batch: GrantBatch) {
  return apiClient.post<GrantBatchAnswer>(`/users/${encodeURIComponent(userId)}/grants/batch`, batch);
}

export function useAddGrants() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: ({ userId, batch }: { userId: string; batch: GrantBatch }) => addGrants(userId, batch),
    onSuccess: (_, { userId }) => invalidateAfterGranting(queryClient, userId),
  });
}
