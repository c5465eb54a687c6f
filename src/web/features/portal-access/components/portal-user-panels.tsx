import { Stack } from '@mantine/core';
import type { User } from '../../users/types';
import { AccessEditor } from './access-editor';
import { GrantsList } from './grants-list';
import { InvitationPanel } from './invitation-panel';

/** On an external user's page: invitation, access settings and grants. */
export function PortalUserPanels({ user, canManage }: { user: User; canManage: boolean }) {
  return (
    <Stack gap="lg">
      <InvitationPanel user={user} canManage={canManage} />
      <AccessEditor userId={user.id} canManage={canManage} />
      <GrantsList userId={user.id} customerId={user.customerId} userName={user.displayName} canManage={canManage} />
    </Stack>
  );
}
