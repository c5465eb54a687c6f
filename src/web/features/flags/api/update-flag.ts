import { api } from '../../../lib/api-client';
import { useUpdateMutation } from '../../../lib/resource-mutations';
import type { FlagPatch } from '../types';
import { flagKeys } from './keys';

/** PATCH /flags/:id → 200 */
export function updateFlag(id: string, patch: FlagPatch) {
  return api.patch('/flags/{id}', { params: { path: { id } }, body: patch });
}

export function useUpdateFlag() {
  return useUpdateMutation(flagKeys, updateFlag);
}
