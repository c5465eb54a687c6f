import { api } from '../../../lib/api-client';
import { useArchiveMutation } from '../../../lib/resource-mutations';
import { userKeys } from './keys';

/** DELETE /users/:id → 204: disables the user and ends all their sessions (admins only). */
export function disableUser(id: string) {
  return api.delete('/users/{id}', { params: { path: { id } } });
}

export function useDisableUser() {
  return useArchiveMutation(userKeys, disableUser);
}
