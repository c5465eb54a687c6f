import { resourceKeys } from '../../../lib/resource';

export const orderKeys = resourceKeys('orders');
