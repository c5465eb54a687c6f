import { resourceKeys } from '../../../lib/resource';

export const ticketTypeKeys = resourceKeys('ticket-types');
export const ticketStatusKeys = resourceKeys('ticket-statuses');
