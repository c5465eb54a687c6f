import { api } from '../../../lib/api-client';
import { useUpdateMutation } from '../../../lib/resource-mutations';
import type { TicketTypePatch } from '../types';
import { ticketTypeKeys } from './keys';

/** PATCH /ticket-types/:id → 200 */
export function updateTicketType(id: string, patch: TicketTypePatch) {
  return api.patch('/ticket-types/{id}', { params: { path: { id } }, body: patch });
}

export function useUpdateTicketType() {
  return useUpdateMutation(ticketTypeKeys, updateTicketType);
}
