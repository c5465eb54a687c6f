import { queryOptions, useQuery } from '@tanstack/react-query';
import { api } from '../../../lib/api-client';
import { ticketTypeKeys } from './keys';

/** GET /ticket-types/:id */
export function getTicketType(id: string, signal?: AbortSignal) {
  return api.get('/ticket-types/{id}', { params: { path: { id } }, signal });
}

export function ticketTypeQuery(id: string) {
  return queryOptions({ queryKey: ticketTypeKeys.detail(id), queryFn: ({ signal }) => getTicketType(id, signal) });
}

/** The record, or nothing while `id` is empty (optional references). */
export function useTicketType(id: string | null | undefined) {
  return useQuery({ ...ticketTypeQuery(id ?? ''), enabled: Boolean(id) });
}
