import { resourceKeys } from '../../../lib/resource';

export const assetKeys = resourceKeys('assets');
