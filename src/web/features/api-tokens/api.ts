import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { apiClient } from '../../lib/api-client';
import { fetchPage } from '../../lib/resource';

export interface ApiToken {
  id: string;
  userId: string;
  name: string;
  prefix: string;
  createdAt: string;
  expiresAt: string | null;
  lastUsedAt: string | null;
  revokedAt: string | null;
}

export interface CreatedApiToken extends ApiToken {
  /** The secret: in this answer only, never again. */
  token: string;
}

const keys = { mine: (userId: string) => ['api-tokens', userId] as const };

/** The signed-in user's own tokens, newest first (a person has a handful, so one page of 200). */
export function useMyApiTokens(userId: string) {
  return useQuery({ queryKey: keys.mine(userId), queryFn: ({ signal }) => fetchPage<ApiToken>('/api-tokens', { userId, limit: 200, sort: '-createdAt' }, signal) });
}

export function useCreateApiToken(userId: string) {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (input: { name: string; expiresAt: string | null }) => apiClient.post<CreatedApiToken>('/api-tokens', input),
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
