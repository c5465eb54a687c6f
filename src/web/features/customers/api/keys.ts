import { resourceKeys } from '../../../lib/resource';

export const customerKeys = resourceKeys('customers');
