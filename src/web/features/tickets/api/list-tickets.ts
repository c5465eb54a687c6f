import { fetchPage, usePageQuery } from '../../../lib/resource';
import type { ListParams } from '../../../lib/resource';
import { ticketKeys } from './keys';

/** GET /tickets: one page of the list. */
export function listTickets(params: ListParams, signal?: AbortSignal) {
  return fetchPage('/tickets', params, { signal });
}

export function useTickets(params: ListParams, enabled = true) {
  return usePageQuery(ticketKeys.list(params), (signal) => listTickets(params, signal), enabled);
}
