import type { PickerSource } from '../../components/entity-picker';
import { fetchPage, type ListParams } from '../../lib/resource';
import { api } from '../../lib/api-client';
import { usePickerSource } from '../../lib/picker-source';
import { ticketTypeLabel } from './components/ticket-type-link';
import type { TicketType } from './types';

/** Picker over GET /ticket-types?q=… (plus fixed filters, e.g. a customer). */
export function useTicketTypePicker(params: ListParams = {}): PickerSource<TicketType> {
  return usePickerSource(
    'ticket-types',
    {
      search: (query, signal) => fetchPage('/ticket-types', query, { signal }),
      get: (id, signal) => api.get('/ticket-types/{id}', { params: { path: { id } }, signal }),
    },
    ticketTypeLabel,
    params,
  );
}
