import { apiClient } from '../../../lib/api-client';
import { useCreateMutation } from '../../../lib/resource-mutations';
import type { TicketType, TicketTypeInput } from '../types';
import { ticketTypeKeys } from './keys';

/** POST /ticket-types → 201 */
export function createTicketType(input: TicketTypeInput) {
  return apiClient.post<TicketType>('/ticket-types', input);
}

export function useCreateTicketType() {
  return useCreateMutation(ticketTypeKeys, createTicketType);
}
