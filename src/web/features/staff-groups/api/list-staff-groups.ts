import { fetchPage, usePageQuery } from '../../../lib/resource';
import type { ListParams } from '../../../lib/resource';
import { staffGroupKeys } from './keys';

/** GET /staff-groups: one page of the list. */
export function listStaffGroups(params: ListParams, signal?: AbortSignal) {
  return fetchPage('/staff-groups', params, { signal });
}

export function useStaffGroups(params: ListParams, enabled = true) {
  return usePageQuery(staffGroupKeys.list(params), (signal) => listStaffGroups(params, signal), enabled);
}
