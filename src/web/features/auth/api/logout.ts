import { hashKey, useMutation, useQueryClient } from '@tanstack/react-query';
import { useNavigate } from 'react-router';
import { api } from '../../../lib/api-client';
import { meQueryKey } from './get-me';

export const logoutMutationKey = ['auth', 'logout'] as const;

export async function logout(): Promise<void> {
  await api.post('/auth/logout');
}

export function useLogout() {
  const queryClient = useQueryClient();
  const navigate = useNavigate();
  return useMutation({
    mutationKey: logoutMutationKey,
    mutationFn: logout,
    // Even when the request fails (session already gone, server down) the browser forgets the user.
    onSettled: async () => {
      // Leave the guarded page first: forgetting the user while it is shown would make its guard send
      // them to /login with a "return here" note, and the next sign-in (maybe by someone else) would
      // land on that page. The login page waits for this mutation before acting on the cached user.
      // flushSync: commit the /login page before the cache change re-renders the old one.
      await navigate('/login', { replace: true, flushSync: true });
      queryClient.removeQueries({ predicate: (query) => query.queryHash !== hashKey(meQueryKey) });
      queryClient.setQueryData(meQueryKey, null);
    },
  });
}
