import { useMutation, useQueryClient } from '@tanstack/react-query';
import { api } from '../../../lib/api-client';
import type { BodyOf } from '../../../lib/api-types';
import { rememberSignedIn } from './login';

/** The second sign-in step: exactly one of a code or a recovery code. */
export type SecondFactorInput = BodyOf<'/auth/login/mfa', 'post'>;

export function useLoginMfa() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (input: SecondFactorInput) => api.post('/auth/login/mfa', { body: input }),
    onSuccess: (answer) => rememberSignedIn(queryClient, answer),
  });
}
