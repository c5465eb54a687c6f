import { useMutation } from '@tanstack/react-query';
import { api } from '../../../lib/api-client';

/** DELETE /users/:id/mfa → 204: removes the user's second factor (lost phone); admins only, audited. */
export function useResetUserMfa() {
  return useMutation({ mutationFn: (id: string) => api.delete('/users/{id}/mfa', { params: { path: { id } } }) });
}
