import { apiClient } from '../../../lib/api-client';
import { useUpdateMutation } from '../../../lib/resource-mutations';
import type { User, UserPatch } from '../types';
import { userKeys } from './keys';

/** PATCH /users/:id → 200 */
export function updateUser(id: string, patch: UserPatch) {
  return apiClient.patch<User>(`/users/${encodeURIComponent(id)}`, patch);
}

export function useUpdateUser() {
  return useUpdateMutation(userKeys, updateUser);
}
