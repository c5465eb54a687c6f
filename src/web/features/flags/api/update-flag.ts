import { apiClient } from '../../../lib/api-client';
import { useUpdateMutation } from '../../../lib/resource-mutations';
import type { Flag, FlagPatch } from '../types';
import { flagKeys } from './keys';

/** PATCH /flags/:id → 200 */
export function updateFlag(id: string, patch: FlagPatch) {
  return apiClient.patch<Flag>(`/flags/${encodeURIComponent(id)}`, patch);
}

export function useUpdateFlag() {
  return useUpdateMutation(flagKeys, updateFlag);
}
