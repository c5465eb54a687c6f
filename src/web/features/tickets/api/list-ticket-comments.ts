import { fetchPage, usePageQuery } from '../../../lib/resource';
import type { ListParams } from '../../../lib/resource';
import type { TicketComment } from '../types';
import { ticketKeys } from './keys';

/** GET /tickets/:id/comments, oldest first. */
export function listTicketComments(ticketId: string, params: ListParams, signal?: AbortSignal) {
  return fetchPage<TicketComment>(`/tickets/${encodeURIComponent(ticketId)}/comments`, params, signal);
}

export function useTicketComments(ticketId: string, params: ListParams) {
  return usePageQuery(ticketKeys.sub(ticketId, 'comments', params), (signal) => listTicketComments(ticketId, params, signal));
}
