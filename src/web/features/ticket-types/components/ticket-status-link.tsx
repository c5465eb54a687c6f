import { localizedName } from '../../../lib/localized-name';
import { RecordLink } from '../../../components/record-link';
import { useTicketStatus } from '../api/get-ticket-status';
import type { TicketStatus } from '../types';

export const ticketStatusLabel = (s: TicketStatus) => localizedName(s);

/** A ticket status by id: its name. */
export function TicketStatusName({ id }: { id: string | null | undefined }) {
  return (
    <RecordLink
      id={id}
      query={useTicketStatus(id)}
      label={ticketStatusLabel}
    />
  );
}
