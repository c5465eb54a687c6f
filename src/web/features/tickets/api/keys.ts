import { resourceKeys } from '../../../lib/resource';

export const ticketKeys = resourceKeys('tickets');
