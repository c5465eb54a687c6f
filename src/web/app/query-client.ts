import { MutationCache, QueryCache, QueryClient } from '@tanstack/react-query';
import { isApiError } from '../lib/api-client';
import { meQueryKey } from '../features/auth/api/get-me';

/**
 * One reaction to session problems for every request: a 401 means the session ended (expired, revoked,
 * user disabled) so the app forgets the user and the route guard sends them to /login; a
 * password_change_required 403 means the forced-change page must show, which a fresh /me reveals.
 */
function reactToSessionErrors(error: unknown): void {
  if (!isApiError(error)) return;
  if (error.status === 401) queryClient.setQueryData(meQueryKey, null);
  else if (error.code === 'password_change_required') void queryClient.invalidateQueries({ queryKey: meQueryKey });
}

export const queryClient: QueryClient = new QueryClient({
  queryCache: new QueryCache({ onError: reactToSessionErrors }),
  // A wrong password at sign-in is a 401 too; forgetting a user who is not signed in changes nothing.
  mutationCache: new MutationCache({ onError: reactToSessionErrors }),
  defaultOptions: {
    queries: {
      staleTime: 30_000,
      // Client errors will not fix themselves; only network trouble and 5xx are worth a retry.
      retry: (failureCount, error) => failureCount < 2 && (!isApiError(error) || error.status === 0 || error.status >= 500),
      refetchOnWindowFocus: true,
    },
  },
});
