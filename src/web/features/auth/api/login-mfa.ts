import { useMutation, useQueryClient } from '@tanstack/react-query';
import { apiClient } from '../../../lib/api-client';
import { rememberSignedIn, type LoginAnswer } from './login';

/** The second sign-in step: exactly one of a code or a recovery code. */
export type SecondFactorInput = { code: string } | { recoveryCode: string };

export function useLoginMfa() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (input: SecondFactorInput) => apiClient.post<LoginAnswer>('/auth/login/mfa', input),
    onSuccess: (answer) => rememberSignedIn(queryClient, answer),
  });
}
