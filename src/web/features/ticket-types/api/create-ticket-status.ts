import { apiClient } from '../../../lib/api-client';
import { useCreateMutation } from '../../../lib/resource-mutations';
import type { TicketStatus, TicketStatusInput } from '../types';
import { ticketStatusKeys } from './keys';

/** POST /ticket-statuses → 201 */
export function createTicketStatus(input: TicketStatusInput) {
  return apiClient.post<TicketStatus>('/ticket-statuses', input);
}

export function useCreateTicketStatus() {
  return useCreateMutation(ticketStatusKeys, createTicketStatus);
}
