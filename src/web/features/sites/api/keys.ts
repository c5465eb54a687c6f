import { resourceKeys } from '../../../lib/resource';

export const siteKeys = resourceKeys('sites');
