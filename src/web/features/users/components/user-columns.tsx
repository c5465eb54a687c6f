import { Badge } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { EnumBadge } from '../../../components/enum-badge';
import type { Column } from '../../../components/resource-table';
import { useFormat } from '../../../lib/format';
import { CustomerLink } from '../../customers/components/customer-link';
import type { User } from '../types';

/** `portalUsersOfOneCustomer`: a customer's own portal users, where the kind and customer columns would say the same on every row. */
export function useUserColumns({ portalUsersOfOneCustomer = false }: { portalUsersOfOneCustomer?: boolean } = {}): Column<User>[] {
  const { t } = useTranslation();
  const format = useFormat();
  const columns: Column<User>[] = [
    { key: 'displayName', header: t('users.fields.displayName'), render: (user) => user.displayName },
    { key: 'login', header: t('users.fields.login'), render: (user) => user.login, visibleFrom: 'sm' },
    {
      key: 'kind',
      header: t('users.fields.kind'),
      render: (user) =>
        user.kind === 'staff' && user.role ? (
          <EnumBadge group="role" value={user.role} color="indigo" />
        ) : (
          <Badge variant="light" color="teal" radius="sm" style={{ textTransform: 'none' }}>
            {t('enums.userKind.external')}
          </Badge>
        ),
    },
    { key: 'customer', header: t('common.customer'), render: (user) => (user.customerId ? <CustomerLink id={user.customerId} /> : '—'), visibleFrom: 'md' },
    { key: 'status', header: t('common.status'), render: (user) => <EnumBadge group="userStatus" value={user.status} />, nowrap: true },
    { key: 'lastLogin', header: t('users.fields.lastLoginAt'), render: (user) => format.dateTime(user.lastLoginAt), visibleFrom: 'lg', nowrap: true },
  ];
  return portalUsersOfOneCustomer ? columns.filter((column) => column.key !== 'kind' && column.key !== 'customer') : columns;
}
