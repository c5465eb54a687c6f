import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { getAccess } from '../../features/portal-access/api/get-access';
import { getInvitation } from '../../features/portal-access/api/get-invitation';
import { listRoleTemplates } from '../../features/portal-access/api/list-role-templates';
import { invitePortalUsers } from '../../features/portal-access/api/invite-portal-users';
import { resendInvitation } from '../../features/portal-access/api/resend-invitation';
import { revokeInvitation } from '../../features/portal-access/api/revoke-invitation';
import { updateAccess } from '../../features/portal-access/api/update-access';
import type { AccessPatch, InvitationInput } from '../../features/portal-access/types';

/**
 * A customer admin's colleagues (SPEC: manage colleagues, never beyond the admin's own access): the
 * same endpoints staff use (invitations, invitation state, access); the server checks every limit.
 */
export const colleagueKeys = {
  all: ['portal', 'colleagues'] as const,
  invitation: (userId: string) => ['portal', 'colleagues', userId, 'invitation'] as const,
  access: (userId: string) => ['portal', 'colleagues', userId, 'access'] as const,
  roleTemplates: (customerId: string | null) => ['portal', 'colleagues', 'role-templates', customerId ?? 'own'] as const,
};

/** The colleagues list of the page (usePortalList('/users', …)). */
const colleagueListKey = ['portal', 'list', '/users'] as const;

/** GET /users/role-templates: the templates this admin may give a colleague of `customerId`. */
export function useRoleTemplates(customerId: string | null, enabled = true) {
  return useQuery({
    queryKey: colleagueKeys.roleTemplates(customerId),
    queryFn: ({ signal }) => listRoleTemplates(customerId, signal),
    enabled,
  });
}

/** GET /users/:id/invitation: pending, expired, revoked, active or disabled. */
export function useColleagueInvitation(userId: string, enabled = true) {
  return useQuery({ queryKey: colleagueKeys.invitation(userId), queryFn: ({ signal }) => getInvitation(userId, signal), enabled });
}

/** GET /users/:id/access */
export function useColleagueAccess(userId: string | null) {
  return useQuery({ queryKey: colleagueKeys.access(userId ?? 'none'), queryFn: ({ signal }) => getAccess(userId!, signal), enabled: Boolean(userId), staleTime: 0 });
}

/** POST /users/invitations (one colleague); the list shows the new colleague afterwards. */
export function useInviteColleague() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (input: InvitationInput) => invitePortalUsers(input),
    onSuccess: () => queryClient.invalidateQueries({ queryKey: colleagueListKey }),
  });
}

/** POST /users/:id/invitation/resend: a new link, the previous one stops working. */
export function useResendColleagueInvitation() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (userId: string) => resendInvitation(userId),
    onSuccess: (state) => queryClient.setQueryData(colleagueKeys.invitation(state.userId), state),
  });
}

/** DELETE /users/:id/invitation: the open link stops working. */
export function useRevokeColleagueInvitation() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (userId: string) => revokeInvitation(userId),
    onSuccess: (_, userId) => queryClient.invalidateQueries({ queryKey: colleagueKeys.invitation(userId) }),
  });
}

/** PUT /users/:id/access: a role template (resets modes and capabilities) and/or sites. */
export function useUpdateColleagueAccess() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: ({ userId, patch }: { userId: string; patch: AccessPatch }) => updateAccess(userId, patch),
    onSuccess: (access) => queryClient.setQueryData(colleagueKeys.access(access.userId), access),
  });
}
