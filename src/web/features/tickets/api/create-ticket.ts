import { api } from '../../../lib/api-client';
import { useCreateMutation } from '../../../lib/resource-mutations';
import type { TicketInput } from '../types';
import { ticketKeys } from './keys';

/** POST /tickets → 201 */
export function createTicket(input: TicketInput) {
  return api.post('/tickets', { body: input });
}

export function useCreateTicket() {
  return useCreateMutation(ticketKeys, createTicket);
}
