import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { api } from '../../lib/api-client';
import type { BodyOf, ListItemOf, ResponseOf } from '../../lib/api-types';

export type ApiToken = ListItemOf<'/api-tokens'>;
/** The new token with its secret (`token`): in this answer only, never again. */
export type CreatedApiToken = ResponseOf<'/api-tokens', 'post'>;
export type ApiTokenInput = BodyOf<'/api-tokens', 'post'>;

const keys = { mine: (userId: string) => ['api-tokens', userId] as const };

/** The signed-in user's own tokens, newest first (a person has a handful, so one page of 200). */
export function useMyApiTokens(userId: string) {
  return useQuery({ queryKey: keys.mine(userId), queryFn: ({ signal }) => api.get('/api-tokens', { params: { query: { userId, limit: 200, sort: '-createdAt' } }, signal }) });
}

export function useCreateApiToken(userId: string) {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (input: ApiTokenInput) => api.post('/api-tokens', { body: input }),
    onSuccess: () => queryClient.invalidateQueries({ queryKey: keys.mine(userId) }),
  });
}

export function useRevokeApiToken(userId: string) {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (id: string) => api.delete('/api-tokens/{id}', { params: { path: { id } } }),
    onSuccess: () => queryClient.invalidateQueries({ queryKey: keys.mine(userId) }),
  });
}
