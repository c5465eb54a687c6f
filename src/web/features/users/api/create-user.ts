import { api } from '../../../lib/api-client';
import { useCreateMutation } from '../../../lib/resource-mutations';
import type { UserInput } from '../types';
import { userKeys } from './keys';

/** POST /users → 201 */
export function createUser(input: UserInput) {
  return api.post('/users', { body: input });
}

export function useCreateUser() {
  return useCreateMutation(userKeys, createUser);
}
