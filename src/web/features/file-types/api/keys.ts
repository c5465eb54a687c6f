import { resourceKeys } from '../../../lib/resource';

export const fileTypeKeys = resourceKeys('file-types');
