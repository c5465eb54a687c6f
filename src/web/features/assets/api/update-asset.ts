import { apiClient } from '../../../lib/api-client';
import { useUpdateMutation } from '../../../lib/resource-mutations';
import type { Asset, AssetPatch } from '../types';
import { assetKeys } from './keys';

/** PATCH /assets/:id → 200 */
export function updateAsset(id: string, patch: AssetPatch) {
  return apiClient.patch<Asset>(`/assets/${encodeURIComponent(id)}`, patch);
}

export function useUpdateAsset() {
  return useUpdateMutation(assetKeys, updateAsset);
}
