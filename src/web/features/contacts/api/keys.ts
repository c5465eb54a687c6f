import { resourceKeys } from '../../../lib/resource';

export const contactKeys = resourceKeys('contacts');
