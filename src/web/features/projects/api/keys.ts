import { resourceKeys } from '../../../lib/resource';

export const projectKeys = resourceKeys('projects');
