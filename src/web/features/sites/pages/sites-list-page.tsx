import { CustomerFilter } from '../../customers/components/customer-filter';
import { Stack } from '@mantine/core';
import { useDisclosure } from '@mantine/hooks';
import { useTranslation } from 'react-i18next';
import { useNavigate } from 'react-router';
import { PageHeader, NewRecordButton } from '../../../components/page-header';
import { ResourceTable } from '../../../components/resource-table';
import { useStaffCan } from '../../../lib/permissions';
import { useUrlListState } from '../../../lib/use-list-state';
import { useSites } from '../api/list-sites';
import { useSiteColumns } from '../components/site-columns';
import { SiteFormDrawer } from '../components/site-form';

/** /staff/sites: facilities, addresses and branches of all customers. */
export function SitesListPage() {
  const { t } = useTranslation();
  const navigate = useNavigate();
  const canManage = useStaffCan('manage_customers');
  const list = useUrlListState(['customerId'] as const);
  const sites = useSites(list.params);
  const columns = useSiteColumns();
  const [formOpened, form] = useDisclosure(false);

  return (
    <Stack gap="lg">
      <PageHeader
        title={t('staff.nav.sites')}
        subtitle={t('sites.intro')}
        actions={canManage && <NewRecordButton label={t('sites.new')} onClick={form.open} />}
      />
      <ResourceTable
        label={t('staff.nav.sites')}
        query={sites}
        columns={columns}
        list={list}
        searchLabel={t('sites.search')}
        filters={
          <CustomerFilter list={list} width={260} />
        }
        rowHref={(site) => `/staff/sites/${site.id}`}
        empty={{ icon: 'mapPin', title: t('sites.emptyTitle'), message: t('sites.emptyMessage') }}
      />
      <SiteFormDrawer opened={formOpened} onClose={form.close} customerId={list.filters.customerId} onSaved={(site) => void navigate(`/staff/sites/${site.id}`)} />
    </Stack>
  );
}
