import { useQuery } from '@tanstack/react-query';
import { apiClient } from '../../../lib/api-client';
import { toQueryString } from '../../../lib/resource';
import type { AccessModes, Capabilities, RoleTemplate } from '../types';

export interface RoleTemplateOption {
  key: RoleTemplate;
  /** Whether the server accepts this template from the caller (a customer admin: within their own access). */
  allowed: boolean;
  /** What goes beyond the caller's access: `modes.x`, `capabilities.x`. */
  beyond: string[];
  /** What applying the template sets for this customer (its ticket types and statuses as this installation's ids). */
  modes: AccessModes;
  capabilities: Capabilities;
}

/** GET /users/role-templates?customerId=: the templates, as they would apply to a user of that customer. */
export function listRoleTemplates(customerId: string | null, signal?: AbortSignal) {
  return apiClient.get<{ items: RoleTemplateOption[] }>(`/users/role-templates${toQueryString({ customerId })}`, signal);
}

export function useRoleTemplateOptions(customerId: string | null) {
  return useQuery({ queryKey: ['role-templates', customerId ?? 'none'], queryFn: ({ signal }) => listRoleTemplates(customerId, signal) });
}
