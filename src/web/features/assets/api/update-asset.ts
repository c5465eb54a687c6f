import { api } from '../../../lib/api-client';
import { useUpdateMutation } from '../../../lib/resource-mutations';
import type { AssetPatch } from '../types';
import { assetKeys } from './keys';

/** PATCH /assets/:id → 200 */
export function updateAsset(id: string, patch: AssetPatch) {
  return api.patch('/assets/{id}', { params: { path: { id } }, body: patch });
}

export function useUpdateAsset() {
  return useUpdateMutation(assetKeys, updateAsset);
}
