import type { PickerSource } from '../../components/entity-picker';
import type { ListParams } from '../../lib/resource';
import { usePickerSource } from '../../lib/picker-source';
import { ticketLabel } from './components/ticket-link';
import type { Ticket } from './types';

/** Picker over GET /tickets?q=… (plus fixed filters, e.g. a customer). */
export function useTicketPicker(params: ListParams = {}): PickerSource<Ticket> {
  return usePickerSource<Ticket>('tickets', '/tickets', ticketLabel, params);
}
