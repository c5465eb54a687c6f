import { Button, Stack } from '@mantine/core';
import { useDisclosure } from '@mantine/hooks';
import { useTranslation } from 'react-i18next';
import { useNavigate } from 'react-router';
import { EntityPicker } from '../../../components/entity-picker';
import { Icon } from '../../../components/icons';
import { PageHeader } from '../../../components/page-header';
import { ResourceTable } from '../../../components/resource-table';
import { useStaffCan } from '../../../lib/permissions';
import { useUrlListState } from '../../../lib/use-list-state';
import { useCustomerPicker } from '../../customers/use-customer-picker';
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
  const customers = useCustomerPicker();
  const [formOpened, form] = useDisclosure(false);

  return (
    <Stack gap="lg">
      <PageHeader
        title={t('staff.nav.sites')}
        subtitle={t('sites.intro')}
        actions={
          canManage && (
            <Button leftSection={<Icon name="plus" size={16} />} onClick={form.open}>
              {t('sites.new')}
            </Button>
          )
        }
      />
      <ResourceTable
        label={t('staff.nav.sites')}
        query={sites}
        columns={columns}
        list={list}
        searchLabel={t('sites.search')}
        filters={
          <EntityPicker
            aria-label={t('common.filterCustomer')}
            placeholder={t('common.allCustomers')}
            source={customers}
            value={list.filters.customerId ?? null}
            onChange={(id) => list.setFilter('customerId', id)}
            w={{ base: '100%', sm: 260 }}
          />
        }
        rowHref={(site) => `/staff/sites/${site.id}`}
        empty={{ icon: 'mapPin', title: t('sites.emptyTitle'), message: t('sites.emptyMessage') }}
      />
      <SiteFormDrawer opened={formOpened} onClose={form.close} customerId={list.filters.customerId} onSaved={(site) => void navigate(`/staff/sites/${site.id}`)} />
    </Stack>
  );
}
