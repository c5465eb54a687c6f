import { apiClient } from '../../../lib/api-client';
import { useCreateMutation } from '../../../lib/resource-mutations';
import type { Ticket, TicketInput } from '../types';
import { ticketKeys } from './keys';

/** POST /tickets → 201 */
export function createTicket(input: TicketInput) {
  return apiClient.post<Ticket>('/tickets', input);
}

export function useCreateTicket() {
  return useCreateMutation(ticketKeys, createTicket);
}
