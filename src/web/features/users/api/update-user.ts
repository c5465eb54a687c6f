import { api } from '../../../lib/api-client';
import { useUpdateMutation } from '../../../lib/resource-mutations';
import type { UserPatch } from '../types';
import { userKeys } from './keys';

/** PATCH /users/:id → 200 */
export function updateUser(id: string, patch: UserPatch) {
  return api.patch('/users/{id}', { params: { path: { id } }, body: patch });
}

export function useUpdateUser() {
  return useUpdateMutation(userKeys, updateUser);
}
