import { useQuery } from '@tanstack/react-query';
import { apiClient } from '../../../lib/api-client';
import type { ListItemOf, QueryOf, ResponseOf } from '../../../lib/api-types';
import { toQueryString } from '../../../lib/resource';

/**
 * A role template as it would apply to a user of a customer. allowed: whether the server accepts it from the
 * caller (a customer admin: within their own access); beyond: what goes beyond the caller's access
 * (`modes.x`, `capabilities.x`); modes and capabilities: what applying it sets for this customer (its ticket
 * types and statuses as this installation's ids).
 */
export type RoleTemplateOption = ListItemOf<'/api/v1/users/role-templates'>;

/** GET /users/role-templates?customerId=: the templates, as they would apply to a user of that customer. */
export function listRoleTemplates(customerId: string | null, signal?: AbortSignal) {
  return apiClient.get<ResponseOf<'/api/v1/users/role-templates'>>(`/users/role-templates${toQueryString({ customerId: customerId ?? undefined } satisfies QueryOf<'/api/v1/users/role-templates'>)}`, signal);
}

export function useRoleTemplateOptions(customerId: string | null) {
  return useQuery({ queryKey: ['role-templates', customerId ?? 'none'], queryFn: ({ signal }) => listRoleTemplates(customerId, signal) });
}
