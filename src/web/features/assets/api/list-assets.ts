import { fetchPage, usePageQuery } from '../../../lib/resource';
import type { ListParams } from '../../../lib/resource';
import { assetKeys } from './keys';

/** GET /assets: one page of the list. */
export function listAssets(params: ListParams, signal?: AbortSignal) {
  return fetchPage('/assets', params, { signal });
}

export function useAssets(params: ListParams, enabled = true) {
  return usePageQuery(assetKeys.list(params), (signal) => listAssets(params, signal), enabled);
}
