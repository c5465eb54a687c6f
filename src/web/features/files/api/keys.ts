import { resourceKeys } from '../../../lib/resource';

export const fileKeys = resourceKeys('files');
