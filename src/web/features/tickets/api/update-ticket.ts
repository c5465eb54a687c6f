import { api } from '../../../lib/api-client';
import { useUpdateMutation } from '../../../lib/resource-mutations';
import type { TicketPatch } from '../types';
import { ticketKeys } from './keys';

/** PATCH /tickets/:id → 200 */
export function updateTicket(id: string, patch: TicketPatch) {
  return api.patch('/tickets/{id}', { params: { path: { id } }, body: patch });
}

export function useUpdateTicket() {
  return useUpdateMutation(ticketKeys, updateTicket);
}
