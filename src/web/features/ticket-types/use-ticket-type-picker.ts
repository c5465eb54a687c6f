import type { PickerSource } from '../../components/entity-picker';
import type { ListParams } from '../../lib/resource';
import { usePickerSource } from '../../lib/picker-source';
import { ticketTypeLabel } from './components/ticket-type-link';
import type { TicketType } from './types';

/** Picker over GET /ticket-types?q=… (plus fixed filters, e.g. a customer). */
export function useTicketTypePicker(params: ListParams = {}): PickerSource<TicketType> {
  return usePickerSource<TicketType>('ticket-types', '/ticket-types', ticketTypeLabel, params);
}
