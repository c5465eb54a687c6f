import { api } from '../../../lib/api-client';
import { useArchiveMutation } from '../../../lib/resource-mutations';
import { ticketTypeKeys } from './keys';

/** DELETE /ticket-types/:id → 204 (archives; the record stays readable with archivedAt set) */
export function archiveTicketType(id: string) {
  return api.delete('/ticket-types/{id}', { params: { path: { id } } });
}

export function useArchiveTicketType() {
  return useArchiveMutation(ticketTypeKeys, archiveTicketType);
}
