import { useTranslation } from 'react-i18next';
import { ticketStatusWording, ticketTypeWording } from '../../lib/default-config-names';

/** Ticket type and status names as the back office shows them: shipped ones in the reader's language. */
export function useTicketWording() {
  const { t } = useTranslation();
  return { typeName: ticketTypeWording(t, 'ticketTypeNames'), statusName: ticketStatusWording(t, 'ticketStatusNames') };
}
