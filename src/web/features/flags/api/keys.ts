import { resourceKeys } from '../../../lib/resource';

export const flagKeys = resourceKeys('flags');
