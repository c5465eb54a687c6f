import { Button } from '@mantine/core';
import type { ButtonProps } from '@mantine/core';
import { useDisclosure } from '@mantine/hooks';
import { useTranslation } from 'react-i18next';
import { useNavigate } from 'react-router';
import { Icon } from '../../../components/icons';
import { InvitePortalUsersDrawer } from './invite-portal-users-drawer';

/** "Invite portal users" and its drawer; one invited person opens their page, several stay on this page. */
export function InvitePortalUsersButton({ customerId, variant = 'default' }: { customerId?: string; variant?: ButtonProps['variant'] }) {
  const { t } = useTranslation();
  const navigate = useNavigate();
  const [opened, { open, close }] = useDisclosure(false);
  return (
    <>
      <Button variant={variant} leftSection={<Icon name="users" size={16} />} onClick={open}>
        {t('portalAccess.invite.button')}
      </Button>
      <InvitePortalUsersDrawer
        opened={opened}
        onClose={close}
        customerId={customerId}
        onInvited={(users) => {
          if (users.length === 1) void navigate(`/staff/users/${users[0]!.id}`);
        }}
      />
    </>
  );
}
