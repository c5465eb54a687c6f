import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { apiClient } from '../../lib/api-client';
import type { BodyOf, ListItemOf, QueryOf, ResponseOf } from '../../lib/api-types';
import { fetchPage } from '../../lib/resource';

export type ApiToken = ListItemOf<'/api/v1/api-tokens'>;
/** The new token with its secret (`token`): in this answer only, never again. */
export type CreatedApiToken = ResponseOf<'/api/v1/api-tokens', 'post'>;
export type ApiTokenInput = BodyOf<'/api/v1/api-tokens', 'post'>;

const keys = { mine: (userId: string) => ['api-tokens', userId] as const };

/** The signed-in user's own tokens, newest first (a person has a handful, so one page of 200). */
export function useMyApiTokens(userId: string) {
  return useQuery({ queryKey: keys.mine(userId), queryFn: ({ signal }) => fetchPage<ApiToken>('/api-tokens', { userId, limit: 200, sort: '-createdAt' } satisfies QueryOf<'/api/v1/api-tokens'>, signal) });
}

export function useCreateApiToken(userId: string) {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (input: ApiTokenInput) => apiClient.post<CreatedApiToken>('/api-tokens', input),
    onSuccess: () => queryClient.invalidateQueries({ queryKey: keys.mine(userId) }),
  });
}

export function useRevokeApiToken(userId: string) {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (id: string) => apiClient.delete(`/api-tokens/${encodeURIComponent(id)}`),
    onSuccess: () => queryClient.invalidateQueries({ queryKey: keys.mine(userId) }),
  });
}
