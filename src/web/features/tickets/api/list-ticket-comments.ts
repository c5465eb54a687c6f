import { fetchPage, usePageQuery } from '../../../lib/resource';
import type { ListParams } from '../../../lib/resource';
import { ticketKeys } from './keys';

/** GET /tickets/:id/comments, oldest first. */
export function listTicketComments(ticketId: string, params: ListParams, signal?: AbortSignal) {
  return fetchPage('/tickets/{id}/comments', params, { path: { id: ticketId }, signal });
}

export function useTicketComments(ticketId: string, params: ListParams) {
  return usePageQuery(ticketKeys.sub(ticketId, 'comments', params), (signal) => listTicketComments(ticketId, params, signal));
}
