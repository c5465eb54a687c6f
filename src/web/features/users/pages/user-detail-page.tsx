import { Badge, Button, Group, Stack } from '@mantine/core';
import { useDisclosure } from '@mantine/hooks';
import { useTranslation } from 'react-i18next';
import { useParams } from 'react-router';
import { ConfirmArchiveButton } from '../../../components/confirm-archive-button';
import { EnumBadge } from '../../../components/enum-badge';
import { Field, FieldGrid } from '../../../components/field-grid';
import { Icon } from '../../../components/icons';
import { PageHeader } from '../../../components/page-header';
import { QueryState } from '../../../components/query-state';
import { useFormat } from '../../../lib/format';
import { notifySuccess } from '../../../lib/notify';
import { useStaffCan } from '../../../lib/permissions';
import { useSignedInUser } from '../../auth/use-signed-in-user';
import { ContactLink } from '../../contacts/components/contact-link';
import { CustomerLink } from '../../customers/components/customer-link';
import { ExplainForUserButton } from '../../portal-access/components/explain-access';
import { PortalUserPanels } from '../../portal-access/components/portal-user-panels';
import { PreviewButton } from '../../portal-access/components/preview-button';
import { useDisableUser } from '../api/disable-user';
import { useUser } from '../api/get-user';
import { useResetUserMfa } from '../api/reset-user-mfa';
import { UserFormDrawer } from '../components/user-form';
import type { User } from '../types';

/** /staff/users/:id */
export function UserDetailPage() {
  const { id = '' } = useParams();
  const user = useUser(id);
  return <QueryState query={user}>{(data) => <UserDetail user={data} />}</QueryState>;
}

function UserDetail({ user }: { user: User }) {
  const { t } = useTranslation();
  const format = useFormat();
  const me = useSignedInUser();
  const canManage = useStaffCan('manage_users');
  // Coordinators manage customers' portal access, portal users' accounts included; admins everything.
  const canManagePortal = useStaffCan('manage_customers');
  const isExternal = user.kind === 'external';
  const canEdit = isExternal ? canManagePortal : canManage;
  const disable = useDisableUser();
  const resetMfa = useResetUserMfa();
  const [editOpened, edit] = useDisclosure(false);

  return (
    <Stack gap="lg">
      <PageHeader
        title={user.displayName}
        breadcrumbs={[{ label: t('staff.nav.users'), to: '/staff/users' }]}
        subtitle={user.login}
        badges={
          <Group gap={6}>
            {user.kind === 'staff' && user.role ? (
              <EnumBadge group="role" value={user.role} color="indigo" />
            ) : (
              <Badge variant="light" color="teal" radius="sm" style={{ textTransform: 'none' }}>
                {t('enums.userKind.external')}
              </Badge>
            )}
            <EnumBadge group="userStatus" value={user.status} />
          </Group>
        }
        actions={
          (canManage || (isExternal && canManagePortal)) && (
            <>
              {isExternal && canManagePortal && (
                <>
                  <ExplainForUserButton userId={user.id} customerId={user.customerId} />
                  <PreviewButton userId={user.id} disabled={user.status === 'disabled'} />
                </>
              )}
              {canEdit && (
                <Button variant="default" leftSection={<Icon name="pencil" size={16} />} onClick={edit.open}>
                  {t('app.edit')}
                </Button>
              )}
              {me.roles.includes('admin') && user.id !== me.id && (
                <ConfirmArchiveButton
                  name={user.displayName}
                  label={t('users.resetMfa')}
                  message={t('users.resetMfaMessage')}
                  onConfirm={() => resetMfa.mutateAsync(user.id)}
                  onArchived={() => notifySuccess(t('users.mfaReset'))}
                />
              )}
              {canEdit && user.status !== 'disabled' && user.id !== me.id && (
                <ConfirmArchiveButton name={user.displayName} label={t('users.disable')} message={t('users.disableMessage')} onConfirm={() => disable.mutateAsync(user.id)} />
              )}
            </>
          )
        }
      />
      <FieldGrid>
        <Field label={t('users.fields.login')}>{user.login}</Field>
        <Field label={t('users.fields.email')}>{user.email}</Field>
        <Field label={t('users.fields.kind')}>{t(`enums.userKind.${user.kind}`)}</Field>
        {user.kind === 'external' && (
          <>
            <Field label={t('common.customer')}>{user.customerId ? <CustomerLink id={user.customerId} /> : null}</Field>
            <Field label={t('users.fields.contact')}>{user.contactId ? <ContactLink id={user.contactId} /> : null}</Field>
          </>
        )}
        <Field label={t('users.fields.mustChangePassword')}>{user.mustChangePassword ? t('app.yes') : t('app.no')}</Field>
        <Field label={t('users.fields.lastLoginAt')}>{user.lastLoginAt ? format.dateTime(user.lastLoginAt) : t('users.neverSignedIn')}</Field>
        <Field label={t('common.createdAt')}>{format.dateTime(user.createdAt)}</Field>
      </FieldGrid>
      {isExternal && <PortalUserPanels user={user} canManage={canManagePortal} />}
      <UserFormDrawer opened={editOpened} onClose={edit.close} user={user} />
    </Stack>
  );
}
