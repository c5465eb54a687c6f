import { apiClient } from '../../../lib/api-client';
import { useUpdateMutation } from '../../../lib/resource-mutations';
import type { TicketType, TicketTypePatch } from '../types';
import { ticketTypeKeys } from './keys';

/** PATCH /ticket-types/:id → 200 */
export function updateTicketType(id: string, patch: TicketTypePatch) {
  return apiClient.patch<TicketType>(`/ticket-types/${encodeURIComponent(id)}`, patch);
}

export function useUpdateTicketType() {
  return useUpdateMutation(ticketTypeKeys, updateTicketType);
}
