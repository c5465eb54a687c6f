import type { PickerSource } from '../../components/entity-picker';
import { fetchPage, type ListParams } from '../../lib/resource';
import { api } from '../../lib/api-client';
import { usePickerSource } from '../../lib/picker-source';
import { ticketStatusLabel } from './components/ticket-status-link';
import type { TicketStatus } from './types';

/** Picker over GET /ticket-statuses?q=… (plus fixed filters, e.g. a customer). */
export function useTicketStatusPicker(params: ListParams = {}): PickerSource<TicketStatus> {
  return usePickerSource(
    'ticket-statuses',
    {
      search: (query, signal) => fetchPage('/ticket-statuses', query, { signal }),
      get: (id, signal) => api.get('/ticket-statuses/{id}', { params: { path: { id } }, signal }),
    },
    ticketStatusLabel,
    params,
  );
}
