import { useMutation, useQueryClient } from '@tanstack/react-query';
import { api } from '../../../lib/api-client';
import type { BodyOf } from '../../../lib/api-types';
import { rememberSignedIn } from './login';

type SecondFactorBody = BodyOf<'/auth/login/mfa', 'post'>;
/**
 * The second sign-in step: exactly one of a code or a recovery code. The API's schema has both optional
 * (the server checks that exactly one is given); the UI sends one.
 */
export type SecondFactorInput = Required<Pick<SecondFactorBody, 'code'>> | Required<Pick<SecondFactorBody, 'recoveryCode'>>;

export function useLoginMfa() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (input: SecondFactorInput) => api.post('/auth/login/mfa', { body: input }),
    onSuccess: (answer) => rememberSignedIn(queryClient, answer),
  });
}
