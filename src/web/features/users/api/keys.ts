import { resourceKeys } from '../../../lib/resource';

export const userKeys = resourceKeys('users');
