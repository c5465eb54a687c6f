import { fetchPage, usePageQuery } from '../../../lib/resource';
import type { ListParams } from '../../../lib/resource';
import { assetKeys } from './keys';

/** GET /assets/:id/history: work orders of the asset and everything under it, newest first. */
export function listAssetHistory(assetId: string, params: ListParams, signal?: AbortSignal) {
  return fetchPage('/assets/{id}/history', params, { path: { id: assetId }, signal });
}

export function useAssetHistory(assetId: string, params: ListParams) {
  // Under the work-orders key too: a new or changed work order refreshes the history.
  return usePageQuery(['work-orders', 'asset-history', assetId, params, ...assetKeys.detail(assetId)], (signal) => listAssetHistory(assetId, params, signal));
}
