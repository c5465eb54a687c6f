import { useTranslation } from 'react-i18next';
import { ticketStatusWording, ticketTypeWording } from '../../lib/default-config-names';

/** Ticket type and status names as the portal shows them: shipped ones in the reader's language, renamed ones as named. */
export function usePortalTicketWording() {
  const { t } = useTranslation('portal');
  return { typeName: ticketTypeWording(t, 'ticketTypes'), statusName: ticketStatusWording(t, 'ticketStatuses') };
}
