import { useMutation, useQueryClient } from '@tanstack/react-query';
import { api } from '../../../lib/api-client';
import type { TicketCommentInput } from '../types';
import { ticketKeys } from './keys';

/** POST /tickets/:id/comments → 201 (staff comments default to internal). */
export function createTicketComment(ticketId: string, input: TicketCommentInput) {
  return api.post('/tickets/{id}/comments', { params: { path: { id: ticketId } }, body: input });
}

export function useCreateTicketComment(ticketId: string) {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (input: TicketCommentInput) => createTicketComment(ticketId, input),
    // The ticket too: the first public staff comment sets its first response (service levels).
    onSuccess: () => queryClient.invalidateQueries({ queryKey: ticketKeys.detail(ticketId) }),
  });
}
