import { useMutation, useQueryClient } from '@tanstack/react-query';
import { apiClient } from '../../../lib/api-client';
import type { BodyOf } from '../../../lib/api-types';
import { rememberSignedIn, type LoginAnswer } from './login';

type SecondFactorBody = BodyOf<'/api/v1/auth/login/mfa', 'post'>;
/**
 * The second sign-in step: exactly one of a code or a recovery code. The API's schema has both optional
 * (the server checks that exactly one is given); the UI sends one.
 */
export type SecondFactorInput = Required<Pick<SecondFactorBody, 'code'>> | Required<Pick<SecondFactorBody, 'recoveryCode'>>;

export function useLoginMfa() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (input: SecondFactorInput) => apiClient.post<LoginAnswer>('/auth/login/mfa', input),
    onSuccess: (answer) => rememberSignedIn(queryClient, answer),
  });
}
