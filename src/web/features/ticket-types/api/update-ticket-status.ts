import { apiClient } from '../../../lib/api-client';
import { useUpdateMutation } from '../../../lib/resource-mutations';
import type { TicketStatus, TicketStatusPatch } from '../types';
import { ticketStatusKeys } from './keys';

/** PATCH /ticket-statuses/:id → 200 */
export function updateTicketStatus(id: string, patch: TicketStatusPatch) {
  return apiClient.patch<TicketStatus>(`/ticket-statuses/${encodeURIComponent(id)}`, patch);
}

export function useUpdateTicketStatus() {
  return useUpdateMutation(ticketStatusKeys, updateTicketStatus);
}
