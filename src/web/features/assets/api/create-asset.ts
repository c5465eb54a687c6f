import { apiClient } from '../../../lib/api-client';
import { useCreateMutation } from '../../../lib/resource-mutations';
import type { Asset, AssetInput } from '../types';
import { assetKeys } from './keys';

/** POST /assets → 201 */
export function createAsset(input: AssetInput) {
  return apiClient.post<Asset>('/assets', input);
}

export function useCreateAsset() {
  return useCreateMutation(assetKeys, createAsset);
}
