import type { PickerSource } from '../../components/entity-picker';
import type { ListParams } from '../../lib/resource';
import { usePickerSource } from '../../lib/picker-source';
import { ticketStatusLabel } from './components/ticket-status-link';
import type { TicketStatus } from './types';

/** Picker over GET /ticket-statuses?q=… (plus fixed filters, e.g. a customer). */
export function useTicketStatusPicker(params: ListParams = {}): PickerSource<TicketStatus> {
  return usePickerSource<TicketStatus>('ticket-statuses', '/ticket-statuses', ticketStatusLabel, params);
}
