import { hashKey, useMutation, useQueryClient } from '@tanstack/react-query';
import { getMe, meQueryKey } from '../../features/auth/api/get-me';
import type { Me } from '../../features/auth/types';
import { api } from '../../lib/api-client';
import type { BodyOf } from '../../lib/api-types';

/** POST /auth/activate: the invitation link's token, the first password and, when asked for, a login; signs the user in. */
export function useActivateAccount() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: async (input: BodyOf<'/auth/activate', 'post'>): Promise<{ user: Me }> => {
      const { user } = await api.post('/auth/activate', { body: input });
      // The activation answer is the short form; the portal needs the full one (areas, capabilities).
      const full = await getMe().catch(() => null);
      return { user: full ?? user };
    },
    onSuccess: ({ user }) => {
      // Whatever was cached for an earlier user of this browser must not show for this one.
      queryClient.removeQueries({ predicate: (query) => query.queryHash !== hashKey(meQueryKey) });
      queryClient.setQueryData(meQueryKey, user);
    },
  });
}

/** POST /auth/password-reset: always 202, whether or not the address has an account. */
export function useRequestPasswordReset() {
  return useMutation({ mutationFn: (email: string) => api.post('/auth/password-reset', { body: { email } }) });
}

/** POST /auth/password-reset/confirm: a new password with the e-mailed token; every session ends. */
export function useConfirmPasswordReset() {
  return useMutation({ mutationFn: (input: BodyOf<'/auth/password-reset/confirm', 'post'>) => api.post('/auth/password-reset/confirm', { body: input }) });
}
