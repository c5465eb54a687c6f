import { useMutation, useQueryClient } from '@tanstack/react-query';
import { apiClient } from '../../lib/api-client';
import type { BodyOf, ResponseOf } from '../../lib/api-types';
import { portalKeys } from './records';

/** POST /tickets as the portal sends it (the same body staff use; the policy decides what a portal user may set). */
export type NewTicket = BodyOf<'/api/v1/tickets', 'post'>;
export type TicketPriority = NonNullable<NewTicket['priority']>;

/** POST /tickets: the new ticket shows at once on its page and in every ticket list. */
export function useRaiseTicket() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (input: NewTicket) => apiClient.post<ResponseOf<'/api/v1/tickets', 'post'>>('/tickets', input),
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
    mutationFn: (body: string) => apiClient.post<ResponseOf<'/api/v1/tickets/{id}/comments', 'post'>>(`/tickets/${encodeURIComponent(ticketId)}/comments`, {
        body,
        visibility: 'public',
      } satisfies BodyOf<'/api/v1/tickets/{id}/comments', 'post'>),
    onSuccess: () => queryClient.invalidateQueries({ queryKey: ['portal', 'list', `/tickets/${ticketId}/comments`] }),
  });
}

/** Moves a ticket to one of the statuses the user was given. */
export function useSetTicketStatus(ticketId: string) {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (statusId: string) => apiClient.patch<ResponseOf<'/api/v1/tickets/{id}', 'patch'>>(`/tickets/${encodeURIComponent(ticketId)}`, { statusId } satisfies BodyOf<'/api/v1/tickets/{id}', 'patch'>),
    onSuccess: async (ticket) => {
      queryClient.setQueryData(portalKeys.record('ticket', ticket.id), ticket);
      await queryClient.invalidateQueries({ queryKey: portalKeys.lists });
    },
  });
}
