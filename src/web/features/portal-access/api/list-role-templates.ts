import { useQuery } from '@tanstack/react-query';
import { api } from '../../../lib/api-client';
import type { ListItemOf } from '../../../lib/api-types';

/**
 * A role template as it would apply to a user of a customer. allowed: whether the server accepts it from the
 * caller (a customer admin: within their own access); beyond: what goes beyond the caller's access
 * (`modes.x`, `capabilities.x`); modes and capabilities: what applying it sets for this customer (its ticket
 * types and statuses as this installation's ids).
 */
export type RoleTemplateOption = ListItemOf<'/users/role-templates'>;

/** GET /users/role-templates?customerId=: the templates, as they would apply to a user of that customer. */
export function listRoleTemplates(customerId: string | null, signal?: AbortSignal) {
  return api.get('/users/role-templates', { params: { query: { customerId: customerId ?? undefined } }, signal });
}

export function useRoleTemplateOptions(customerId: string | null) {
  return useQuery({ queryKey: ['role-templates', customerId ?? 'none'], queryFn: ({ signal }) => listRoleTemplates(customerId, signal) });
}
