import { useMutation } from '@tanstack/react-query';
import { api } from '../../../lib/api-client';

/** POST /users/:id/password-reset → 202: e-mails the user a reset link. */
export function sendPasswordReset(userId: string) {
  return api.post('/users/{id}/password-reset', { params: { path: { id: userId } } });
}

export function useSendPasswordReset() {
  return useMutation({ mutationFn: sendPasswordReset });
}
