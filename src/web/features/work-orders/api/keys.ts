import { resourceKeys } from '../../../lib/resource';

export const workOrderKeys = resourceKeys('work-orders');
