import { api } from '../../../lib/api-client';
import { useCreateMutation } from '../../../lib/resource-mutations';
import type { FlagInput } from '../types';
import { flagKeys } from './keys';

/** POST /flags → 201 */
export function createFlag(input: FlagInput) {
  return api.post('/flags', { body: input });
}

export function useCreateFlag() {
  return useCreateMutation(flagKeys, createFlag);
}
