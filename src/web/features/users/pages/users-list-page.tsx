import { Select, Stack } from '@mantine/core';
import { useDisclosure } from '@mantine/hooks';
import { useTranslation } from 'react-i18next';
import { useNavigate } from 'react-router';
import { PageHeader, NewRecordButton } from '../../../components/page-header';
import { ResourceTable } from '../../../components/resource-table';
import { useStaffCan } from '../../../lib/permissions';
import { useUrlListState } from '../../../lib/use-list-state';
import { InvitePortalUsersButton } from '../../portal-access/components/invite-portal-users-button';
import { useUsers } from '../api/list-users';
import { useUserColumns } from '../components/user-columns';
import { UserFormDrawer } from '../components/user-form';
import { StaffMfaSetting } from '../components/staff-mfa-setting';
import { useSignedInUser } from '../../auth/use-signed-in-user';
import { STAFF_ROLES, USER_STATUSES } from '../types';

/** /staff/users: staff accounts and portal users. */
export function UsersListPage() {
  const { t } = useTranslation();
  const navigate = useNavigate();
  const canManage = useStaffCan('manage_users');
  const canInvite = useStaffCan('manage_customers');
  const list = useUrlListState(['kind', 'role', 'status'] as const);
  const users = useUsers(list.params);
  const columns = useUserColumns();
  const [formOpened, form] = useDisclosure(false);
  const isAdmin = useSignedInUser().roles.includes('admin');

  return (
    <Stack gap="lg">
      <PageHeader
        title={t('staff.nav.users')}
        subtitle={t('users.intro')}
        actions={
          <>
            {canInvite && <InvitePortalUsersButton />}
            {canManage && <NewRecordButton label={t('users.new')} onClick={form.open} />}
          </>
        }
      />
      {isAdmin && <StaffMfaSetting />}
      <ResourceTable
        label={t('staff.nav.users')}
        query={users}
        columns={columns}
        list={list}
        searchLabel={t('users.search')}
        filters={
          <>
            <Select
              aria-label={t('users.filterKind')}
              placeholder={t('users.allKinds')}
              data={[
                { value: 'staff', label: t('enums.userKind.staff') },
                { value: 'external', label: t('enums.userKind.external') },
              ]}
              value={list.filters.kind ?? null}
              onChange={(value) => list.setFilter('kind', value)}
              clearable
              w={{ base: '100%', sm: 170 }}
            />
            <Select
              aria-label={t('users.filterRole')}
              placeholder={t('users.allRoles')}
              data={STAFF_ROLES.map((role) => ({ value: role, label: t(`enums.role.${role}`) }))}
              value={list.filters.role ?? null}
              onChange={(value) => list.setFilter('role', value)}
              clearable
              w={{ base: '100%', sm: 170 }}
            />
            <Select
              aria-label={t('common.filterStatus')}
              placeholder={t('common.allStatuses')}
              data={USER_STATUSES.map((status) => ({ value: status, label: t(`enums.userStatus.${status}`) }))}
              value={list.filters.status ?? null}
              onChange={(value) => list.setFilter('status', value)}
              clearable
              w={{ base: '100%', sm: 160 }}
            />
          </>
        }
        rowHref={(user) => `/staff/users/${user.id}`}
        empty={{ icon: 'users', title: t('users.emptyTitle'), message: t('users.emptyMessage') }}
      />
      <UserFormDrawer opened={formOpened} onClose={form.close} onSaved={(user) => void navigate(`/staff/users/${user.id}`)} />
    </Stack>
  );
}
