import { fetchPage, usePageQuery } from '../../../lib/resource';
import type { ListParams } from '../../../lib/resource';
import { flagKeys } from './keys';

/** GET /flags: one page of the list. */
export function listFlags(params: ListParams, signal?: AbortSignal) {
  return fetchPage('/flags', params, { signal });
}

export function useFlags(params: ListParams, enabled = true) {
  return usePageQuery(flagKeys.list(params), (signal) => listFlags(params, signal), enabled);
}
