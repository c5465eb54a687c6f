import type { PickerSource } from '../../components/entity-picker';
import { fetchPage, type ListParams } from '../../lib/resource';
import { api } from '../../lib/api-client';
import { usePickerSource } from '../../lib/picker-source';
import { ticketLabel } from './components/ticket-link';
import type { Ticket } from './types';

/** Picker over GET /tickets?q=… (plus fixed filters, e.g. a customer). */
export function useTicketPicker(params: ListParams = {}): PickerSource<Ticket> {
  return usePickerSource(
    'tickets',
    {
      search: (query, signal) => fetchPage('/tickets', query, { signal }),
      get: (id, signal) => api.get('/tickets/{id}', { params: { path: { id } }, signal }),
    },
    ticketLabel,
    params,
  );
}
