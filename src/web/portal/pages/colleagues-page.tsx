import { Alert, Stack } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { Icon } from '../../components/icons';
import { useFormat } from '../../lib/format';
import { ListToolbar, useUrlFilters } from '../components/list-toolbar';
import { PortalPageHeader } from '../components/page-header';
import { ListRow, MetaLine, PortalList } from '../components/portal-list';
import { StatusBadge } from '../components/status-badge';
import { usePortalAccess } from '../lib/portal-me';
import type { PortalUser } from '../lib/types';
import { usePortalList } from '../lib/use-portal-list';

/** /portal/colleagues: for customer admins, the portal users of their own customer (read-only for now). */
export function ColleaguesPage() {
  const { t } = useTranslation('portal');
  const format = useFormat();
  const access = usePortalAccess();
  const filters = useUrlFilters(['q'] as const);
  const isAdmin = access.facts.capabilities.customerAdmin;
  const users = usePortalList<PortalUser>('/users', { kind: 'external', q: filters.values.q || undefined, sort: 'displayName' }, { enabled: isAdmin });
  if (!isAdmin) {
    return (
      <Alert color="yellow" variant="light" icon={<Icon name="lock" />} title={t('colleagues.notAllowedTitle')}>
        {t('colleagues.notAllowed')}
      </Alert>
    );
  }
  return (
    <Stack gap="lg">
      <PortalPageHeader title={t('colleagues.title')} subtitle={t('colleagues.subtitle')} />
      <ListToolbar q={filters.values.q} onSearch={(q) => filters.set('q', q)} searchLabel={t('colleagues.search')} />
      <PortalList
        label={t('colleagues.title')}
        query={users}
        filtered={filters.filtered}
        empty={{ icon: 'users', title: t('colleagues.emptyTitle'), message: t('colleagues.emptyMessage') }}
        renderRow={(user) => (
          <ListRow
            icon="users"
            title={user.id === access.me.id ? t('colleagues.you', { name: user.displayName }) : user.displayName}
            meta={<MetaLine parts={[user.email ?? user.login, user.lastLoginAt ? t('colleagues.lastLogin', { date: format.dateTime(user.lastLoginAt) }) : t('colleagues.neverSignedIn')]} />}
            aside={<StatusBadge group="userStatus" value={user.status} />}
          />
        )}
      />
    </Stack>
  );
}
