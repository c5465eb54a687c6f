import { api } from '../../../lib/api-client';
import { useArchiveMutation } from '../../../lib/resource-mutations';
import { ticketStatusKeys } from './keys';

/** DELETE /ticket-statuses/:id → 204 (archives; the record stays readable with archivedAt set) */
export function archiveTicketStatus(id: string) {
  return api.delete('/ticket-statuses/{id}', { params: { path: { id } } });
}

export function useArchiveTicketStatus() {
  return useArchiveMutation(ticketStatusKeys, archiveTicketStatus);
}
