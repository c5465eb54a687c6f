import { fetchPage, usePageQuery } from '../../../lib/resource';
import type { ListParams } from '../../../lib/resource';
import { ticketStatusKeys } from './keys';

/** GET /ticket-statuses: one page of the list. */
export function listTicketStatuses(params: ListParams, signal?: AbortSignal) {
  return fetchPage('/ticket-statuses', params, { signal });
}

export function useTicketStatuses(params: ListParams, enabled = true) {
  return usePageQuery(ticketStatusKeys.list(params), (signal) => listTicketStatuses(params, signal), enabled);
}
