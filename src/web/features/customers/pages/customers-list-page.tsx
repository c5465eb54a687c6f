import { Button, SegmentedControl, Stack } from '@mantine/core';
import { useDisclosure } from '@mantine/hooks';
import { useTranslation } from 'react-i18next';
import { useNavigate } from 'react-router';
import { Icon } from '../../../components/icons';
import { PageHeader, NewRecordButton } from '../../../components/page-header';
import { ResourceTable } from '../../../components/resource-table';
import { useStaffCan } from '../../../lib/permissions';
import { useUrlListState } from '../../../lib/use-list-state';
import { useCustomers } from '../api/list-customers';
import { useCustomerColumns } from '../components/customer-columns';
import { CustomerFormDrawer } from '../components/customer-form';

/** /staff/customers: all customers, searchable; "top level" hides the sub-accounts of consolidated accounts. */
export function CustomersListPage() {
  const { t } = useTranslation();
  const navigate = useNavigate();
  const canManage = useStaffCan('manage_customers');
  const list = useUrlListState(['topLevel', 'includeArchived'] as const);
  const customers = useCustomers(list.params);
  const columns = useCustomerColumns();
  const [formOpened, form] = useDisclosure(false);
  const scope = list.filters.includeArchived ? 'archived' : list.filters.topLevel ? 'topLevel' : 'all';

  return (
    <Stack gap="lg">
      <PageHeader
        title={t('staff.nav.customers')}
        subtitle={t('customers.intro')}
        actions={canManage && <NewRecordButton label={t('customers.new')} onClick={form.open} />}
      />
      <ResourceTable
        label={t('staff.nav.customers')}
        query={customers}
        columns={columns}
        list={list}
        searchLabel={t('customers.search')}
        filters={
          <SegmentedControl
            aria-label={t('customers.scope')}
            value={scope}
            onChange={(value) => list.setFilters({ topLevel: value === 'topLevel' ? 'true' : null, includeArchived: value === 'archived' ? 'true' : null })}
            data={[
              { value: 'all', label: t('customers.scopeAll') },
              { value: 'topLevel', label: t('customers.scopeTopLevel') },
              { value: 'archived', label: t('common.includeArchived') },
            ]}
          />
        }
        rowHref={(customer) => `/staff/customers/${customer.id}`}
        empty={{
          icon: 'building',
          title: t('customers.emptyTitle'),
          message: t('customers.emptyMessage'),
          action: canManage ? (
            <Button variant="light" leftSection={<Icon name="plus" size={16} />} onClick={form.open}>
              {t('customers.new')}
            </Button>
          ) : undefined,
        }}
      />
      <CustomerFormDrawer opened={formOpened} onClose={form.close} onSaved={(customer) => void navigate(`/staff/customers/${customer.id}`)} />
    </Stack>
  );
}
