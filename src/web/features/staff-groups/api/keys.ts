import { resourceKeys } from '../../../lib/resource';

export const staffGroupKeys = resourceKeys('staff-groups');
