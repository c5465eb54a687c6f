import { api } from '../../../lib/api-client';
import { useArchiveMutation } from '../../../lib/resource-mutations';
import { ticketKeys } from './keys';

/** DELETE /tickets/:id → 204 (archives; the record stays readable with archivedAt set) */
export function archiveTicket(id: string) {
  return api.delete('/tickets/{id}', { params: { path: { id } } });
}

export function useArchiveTicket() {
  return useArchiveMutation(ticketKeys, archiveTicket);
}
