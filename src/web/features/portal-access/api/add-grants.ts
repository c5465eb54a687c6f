import { useMutation, useQueryClient } from '@tanstack/react-query';
import { api } from '../../../lib/api-client';
import type { BodyOf, ResponseOf } from '../../../lib/api-types';
import { invalidateAfterGranting } from './add-grant';

/** Several grants at once; notify: one mail for the whole batch. */
export type GrantBatch = BodyOf<'/users/{id}/grants/batch', 'post'>;
export type GrantBatchAnswer = ResponseOf<'/users/{id}/grants/batch', 'post'>;

/** POST /users/:id/grants/batch → 201: several records at once, all or none, one mail for the batch. */
export function addGrants(userId: string, batch: GrantBatch) {
  return api.post('/users/{id}/grants/batch', { params: { path: { id: userId } }, body: batch });
}

export function useAddGrants() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: ({ userId, batch }: { userId: string; batch: GrantBatch }) => addGrants(userId, batch),
    onSuccess: (_, { userId }) => invalidateAfterGranting(queryClient, userId),
  });
}
