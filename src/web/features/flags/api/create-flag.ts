import { apiClient } from '../../../lib/api-client';
import { useCreateMutation } from '../../../lib/resource-mutations';
import type { Flag, FlagInput } from '../types';
import { flagKeys } from './keys';

/** POST /flags → 201 */
export function createFlag(input: FlagInput) {
  return apiClient.post<Flag>('/flags', input);
}

export function useCreateFlag() {
  return useCreateMutation(flagKeys, createFlag);
}
