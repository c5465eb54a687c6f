import { resourceKeys } from '../../../lib/resource';

export const documentKeys = resourceKeys('documents');
