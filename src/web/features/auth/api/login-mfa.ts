import { useMutation, useQueryClient } from '@tanstack/react-query';
import { apiClient } from '../../../lib/api-client';
import type { BodyOf } from '../../../lib/api-types';
import { rememberSignedIn, type LoginAnswer } from './login';

/** The second sign-in step: exactly one of a code or a recovery code. */
export type SecondFactorInput = BodyOf<'/api/v1/auth/login/mfa', 'post'>;

export function useLoginMfa() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (input: SecondFactorInput) => apiClient.post<LoginAnswer>('/auth/login/mfa', input),
    onSuccess: (answer) => rememberSignedIn(queryClient, answer),
  });
}
