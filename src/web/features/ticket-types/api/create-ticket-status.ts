import { api } from '../../../lib/api-client';
import { useCreateMutation } from '../../../lib/resource-mutations';
import type { TicketStatusInput } from '../types';
import { ticketStatusKeys } from './keys';

/** POST /ticket-statuses → 201 */
export function createTicketStatus(input: TicketStatusInput) {
  return api.post('/ticket-statuses', { body: input });
}

export function useCreateTicketStatus() {
  return useCreateMutation(ticketStatusKeys, createTicketStatus);
}
