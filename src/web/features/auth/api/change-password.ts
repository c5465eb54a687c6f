import { useMutation, useQueryClient } from '@tanstack/react-query';
import { api } from '../../../lib/api-client';
import type { BodyOf } from '../../../lib/api-types';
import type { Me } from '../types';
import { meQueryKey } from './get-me';

export type ChangePasswordInput = BodyOf<'/auth/password', 'post'>;

export async function changePassword(input: ChangePasswordInput): Promise<void> {
  await api.post('/auth/password', { body: input });
}

export function useChangePassword() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: changePassword,
    onSuccess: () => {
      // The server clears mustChangePassword; reflect it at once so the forced page goes away, then confirm.
      queryClient.setQueryData<Me | null>(meQueryKey, (me) => (me ? { ...me, mustChangePassword: false } : me));
      return queryClient.invalidateQueries({ queryKey: meQueryKey });
    },
  });
}
