import { queryOptions, useQuery } from '@tanstack/react-query';
import { api, isApiError } from '../../../lib/api-client';
import type { Me } from '../types';

export const meQueryKey = ['auth', 'me'] as const;

/** GET /me; a 401 is not an error here but the answer "nobody is signed in" (null). */
export async function getMe(signal?: AbortSignal): Promise<Me | null> {
  try {
    return await api.get('/me', { signal });
  } catch (error) {
    if (isApiError(error) && error.status === 401) return null;
    throw error;
  }
}

export const meQueryOptions = queryOptions({
  queryKey: meQueryKey,
  queryFn: ({ signal }) => getMe(signal),
  staleTime: 5 * 60_000,
  retry: false,
});

export function useMe() {
  return useQuery(meQueryOptions);
}
