import { useMutation } from '@tanstack/react-query';
import { apiClient } from '../../../lib/api-client';

/** POST /users/:id/password-reset → 202: e-mails the user a reset link. */
export function sendPasswordReset(userId: string) {
  return apiClient.post<void>(`/users/${encodeURIComponent(userId)}/password-reset`);
}

export function useSendPasswordReset() {
  return useMutation({ mutationFn: sendPasswordReset });
}
