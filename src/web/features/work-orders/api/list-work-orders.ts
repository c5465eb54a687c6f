import { fetchPage, usePageQuery } from '../../../lib/resource';
import type { ListParams } from '../../../lib/resource';
import { workOrderKeys } from './keys';

/** GET /work-orders: one page of the list. */
export function listWorkOrders(params: ListParams, signal?: AbortSignal) {
  return fetchPage('/work-orders', params, { signal });
}

export function useWorkOrders(params: ListParams, enabled = true) {
  return usePageQuery(workOrderKeys.list(params), (signal) => listWorkOrders(params, signal), enabled);
}
