import { fetchPage, usePageQuery } from '../../../lib/resource';
import type { ListParams } from '../../../lib/resource';
import { siteKeys } from './keys';

/** GET /sites: one page of the list. */
export function listSites(params: ListParams, signal?: AbortSignal) {
  return fetchPage('/sites', params, { signal });
}

export function useSites(params: ListParams, enabled = true) {
  return usePageQuery(siteKeys.list(params), (signal) => listSites(params, signal), enabled);
}
