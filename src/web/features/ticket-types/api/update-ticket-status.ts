import { api } from '../../../lib/api-client';
import { useUpdateMutation } from '../../../lib/resource-mutations';
import type { TicketStatusPatch } from '../types';
import { ticketStatusKeys } from './keys';

/** PATCH /ticket-statuses/:id → 200 */
export function updateTicketStatus(id: string, patch: TicketStatusPatch) {
  return api.patch('/ticket-statuses/{id}', { params: { path: { id } }, body: patch });
}

export function useUpdateTicketStatus() {
  return useUpdateMutation(ticketStatusKeys, updateTicketStatus);
}
