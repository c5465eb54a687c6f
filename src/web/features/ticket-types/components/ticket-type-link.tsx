import { localizedName } from '../../../lib/localized-name';
import { RecordLink } from '../../../components/record-link';
import { useTicketType } from '../api/get-ticket-type';
import type { TicketType } from '../types';

export const ticketTypeLabel = (t: TicketType) => localizedName(t);

/** A ticket type by id: its name. */
export function TicketTypeName({ id }: { id: string | null | undefined }) {
  return (
    <RecordLink
      id={id}
      query={useTicketType(id)}
      label={ticketTypeLabel}
    />
  );
}
