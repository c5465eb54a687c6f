import { resourceKeys } from '../../../lib/resource';

export const auditEventKeys = resourceKeys('audit-events');
