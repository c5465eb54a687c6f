import { apiClient } from '../../../lib/api-client';
import { useUpdateMutation } from '../../../lib/resource-mutations';
import type { Ticket, TicketPatch } from '../types';
import { ticketKeys } from './keys';

/** PATCH /tickets/:id → 200 */
export function updateTicket(id: string, patch: TicketPatch) {
  return apiClient.patch<Ticket>(`/tickets/${encodeURIComponent(id)}`, patch);
}

export function useUpdateTicket() {
  return useUpdateMutation(ticketKeys, updateTicket);
}
