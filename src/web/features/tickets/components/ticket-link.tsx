import { RecordLink } from '../../../components/record-link';
import { useTicket } from '../api/get-ticket';
import type { Ticket } from '../types';

export const ticketLabel = (t: Ticket) => `${t.number} · ${t.title}`;

/** A ticket by id: its name, linked to its page. */
export function TicketLink({ id }: { id: string | null | undefined }) {
  return (
    <RecordLink
      id={id}
      query={useTicket(id)}
      label={ticketLabel}
      to={(id) => `/staff/tickets/${id}`}
    />
  );
}
