import { fetchPage, usePageQuery } from '../../../lib/resource';
import type { ListParams } from '../../../lib/resource';
import { orderKeys } from './keys';

/** GET /orders: one page of the list. */
export function listOrders(params: ListParams, signal?: AbortSignal) {
  return fetchPage('/orders', params, { signal });
}

export function useOrders(params: ListParams, enabled = true) {
  return usePageQuery(orderKeys.list(params), (signal) => listOrders(params, signal), enabled);
}
