import { useMutation, useQueryClient } from '@tanstack/react-query';
import { api } from '../../lib/api-client';
import type { BodyOf } from '../../lib/api-types';
import { portalKeys } from './records';

/** POST /tickets as the portal sends it (the same body staff use; the policy decides what a portal user may set). */
export type NewTicket = BodyOf<'/tickets', 'post'>;
export type TicketPriority = NonNullable<NewTicket['priority']>;

/** POST /tickets: the new ticket shows at once on its page and in every ticket list. */
export function useRaiseTicket() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (input: NewTicket) => api.post('/tickets', { body: input }),
    onSuccess: async (ticket) => {
      queryClient.setQueryData(portalKeys.record('ticket', ticket.id), ticket);
      await queryClient.invalidateQueries({ queryKey: portalKeys.lists });
    },
  });
}

/** A public comment on a ticket (portal comments are always public). */
export function useAddTicketComment(ticketId: string) {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (body: string) => api.post('/tickets/{id}/comments', { params: { path: { id: ticketId } }, body: { body, visibility: 'public' } }),
    onSuccess: () => queryClient.invalidateQueries({ queryKey: ['portal', 'list', `/tickets/${ticketId}/comments`] }),
  });
}

/** Moves a ticket to one of the statuses the user was given. */
export function useSetTicketStatus(ticketId: string) {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (statusId: string) => api.patch('/tickets/{id}', { params: { path: { id: ticketId } }, body: { statusId } }),
    onSuccess: async (ticket) => {
      queryClient.setQueryData(portalKeys.record('ticket', ticket.id), ticket);
      await queryClient.invalidateQueries({ queryKey: portalKeys.lists });
    },
  });
}
