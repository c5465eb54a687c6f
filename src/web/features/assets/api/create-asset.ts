import { api } from '../../../lib/api-client';
import { useCreateMutation } from '../../../lib/resource-mutations';
import type { AssetInput } from '../types';
import { assetKeys } from './keys';

/** POST /assets → 201 */
export function createAsset(input: AssetInput) {
  return api.post('/assets', { body: input });
}

export function useCreateAsset() {
  return useCreateMutation(assetKeys, createAsset);
}
