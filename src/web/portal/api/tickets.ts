import { useMutation, useQueryClient } from '@tanstack/react-query';
import { apiClient } from '../../lib/api-client';
import type { Note, Ticket } from '../lib/types';
import { portalKeys } from './records';

export interface NewTicket {
  typeId: string;
  title: string;
  description: string | null;
  priority: string;
  siteId: string | null;
  assetId: string | null;
  customerId?: string;
  responsibleUserId?: string | null;
  responsibleGroupId?: string | null;
  rating?: number | null;
}

/** POST /tickets: the new ticket shows at once on its page and in every ticket list. */
export function useRaiseTicket() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (input: NewTicket) => apiClient.post<Ticket>('/tickets', input),
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
    mutationFn: (body: string) => apiClient.post<Note>(`/tickets/${encodeURIComponent(ticketId)}/comments`, { body, visibility: 'public' }),
    onSuccess: () => queryClient.invalidateQueries({ queryKey: ['portal', 'list', `/tickets/${ticketId}/comments`] }),
  });
}

/** Moves a ticket to one of the statuses the user was given. */
export function useSetTicketStatus(ticketId: string) {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (statusId: string) => apiClient.patch<Ticket>(`/tickets/${encodeURIComponent(ticketId)}`, { statusId }),
    onSuccess: async (ticket) => {
      queryClient.setQueryData(portalKeys.record('ticket', ticket.id), ticket);
      await queryClient.invalidateQueries({ queryKey: portalKeys.lists });
    },
  });
}
