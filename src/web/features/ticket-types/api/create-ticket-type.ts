import { api } from '../../../lib/api-client';
import { useCreateMutation } from '../../../lib/resource-mutations';
import type { TicketTypeInput } from '../types';
import { ticketTypeKeys } from './keys';

/** POST /ticket-types → 201 */
export function createTicketType(input: TicketTypeInput) {
  return api.post('/ticket-types', { body: input });
}

export function useCreateTicketType() {
  return useCreateMutation(ticketTypeKeys, createTicketType);
}
