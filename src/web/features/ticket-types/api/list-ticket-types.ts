import { fetchPage, usePageQuery } from '../../../lib/resource';
import type { ListParams } from '../../../lib/resource';
import { ticketTypeKeys } from './keys';

/** GET /ticket-types: one page of the list. */
export function listTicketTypes(params: ListParams, signal?: AbortSignal) {
  return fetchPage('/ticket-types', params, { signal });
}

export function useTicketTypes(params: ListParams, enabled = true) {
  return usePageQuery(ticketTypeKeys.list(params), (signal) => listTicketTypes(params, signal), enabled);
}
