import { queryOptions, useQuery } from '@tanstack/react-query';
import { api } from '../../../lib/api-client';
import { ticketKeys } from './keys';

/** GET /tickets/:id */
export function getTicket(id: string, signal?: AbortSignal) {
  return api.get('/tickets/{id}', { params: { path: { id } }, signal });
}

export function ticketQuery(id: string) {
  return queryOptions({ queryKey: ticketKeys.detail(id), queryFn: ({ signal }) => getTicket(id, signal) });
}

/** The record, or nothing while `id` is empty (optional references). */
export function useTicket(id: string | null | undefined) {
  return useQuery({ ...ticketQuery(id ?? ''), enabled: Boolean(id) });
}
