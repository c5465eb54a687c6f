import { queryOptions, useQuery } from '@tanstack/react-query';
import { api } from '../../../lib/api-client';
import { ticketStatusKeys } from './keys';

/** GET /ticket-statuses/:id */
export function getTicketStatus(id: string, signal?: AbortSignal) {
  return api.get('/ticket-statuses/{id}', { params: { path: { id } }, signal });
}

export function ticketStatusQuery(id: string) {
  return queryOptions({ queryKey: ticketStatusKeys.detail(id), queryFn: ({ signal }) => getTicketStatus(id, signal) });
}

/** The record, or nothing while `id` is empty (optional references). */
export function useTicketStatus(id: string | null | undefined) {
  return useQuery({ ...ticketStatusQuery(id ?? ''), enabled: Boolean(id) });
}
