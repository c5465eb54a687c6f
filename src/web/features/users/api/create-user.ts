import { apiClient } from '../../../lib/api-client';
import { useCreateMutation } from '../../../lib/resource-mutations';
import type { User, UserInput } from '../types';
import { userKeys } from './keys';

/** POST /users → 201 */
export function createUser(input: UserInput) {
  return apiClient.post<User>('/users', input);
}

export function useCreateUser() {
  return useCreateMutation(userKeys, createUser);
}
