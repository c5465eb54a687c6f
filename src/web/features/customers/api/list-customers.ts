import { fetchPage, usePageQuery } from '../../../lib/resource';
import type { ListParams } from '../../../lib/resource';
import { customerKeys } from './keys';

/** GET /customers: one page of the list. */
export function listCustomers(params: ListParams, signal?: AbortSignal) {
  return fetchPage('/customers', params, { signal });
}

export function useCustomers(params: ListParams, enabled = true) {
  return usePageQuery(customerKeys.list(params), (signal) => listCustomers(params, signal), enabled);
}
