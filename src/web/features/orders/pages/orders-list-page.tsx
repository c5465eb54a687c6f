import { CustomerFilter } from '../../customers/components/customer-filter';
import { Select, Stack } from '@mantine/core';
import { useDisclosure } from '@mantine/hooks';
import { useTranslation } from 'react-i18next';
import { useNavigate } from 'react-router';
import { PageHeader, NewRecordButton } from '../../../components/page-header';
import { ResourceTable } from '../../../components/resource-table';
import { useStaffCan } from '../../../lib/permissions';
import { useUrlListState } from '../../../lib/use-list-state';
import { useOrders } from '../api/list-orders';
import { useOrderColumns } from '../components/order-columns';
import { OrderFormDrawer } from '../components/order-form';
import { ORDER_STATUSES } from '../types';

/** /staff/orders: production and sales orders, newest first. */
export function OrdersListPage() {
  const { t } = useTranslation();
  const navigate = useNavigate();
  const canWork = useStaffCan('manage_records');
  const list = useUrlListState(['status', 'customerId', 'deadlineBefore'] as const);
  const orders = useOrders(list.params);
  const columns = useOrderColumns();
  const [formOpened, form] = useDisclosure(false);

  return (
    <Stack gap="lg">
      <PageHeader
        title={t('staff.nav.orders')}
        subtitle={t('orders.intro')}
        actions={canWork && <NewRecordButton label={t('orders.new')} onClick={form.open} />}
      />
      <ResourceTable
        label={t('staff.nav.orders')}
        query={orders}
        columns={columns}
        list={list}
        searchLabel={t('orders.search')}
        filters={
          <>
            <Select
              aria-label={t('common.filterStatus')}
              placeholder={t('common.allStatuses')}
              data={ORDER_STATUSES.map((status) => ({ value: status, label: t(`enums.orderStatus.${status}`) }))}
              value={list.filters.status ?? null}
              onChange={(value) => list.setFilter('status', value)}
              clearable
              w={{ base: '100%', sm: 180 }}
            />
            <CustomerFilter list={list} width={240} />
          </>
        }
        rowHref={(order) => `/staff/orders/${order.id}`}
        empty={{ icon: 'receipt', title: t('orders.emptyTitle'), message: t('orders.emptyMessage') }}
      />
      <OrderFormDrawer opened={formOpened} onClose={form.close} customerId={list.filters.customerId} onSaved={(order) => void navigate(`/staff/orders/${order.id}`)} />
    </Stack>
  );
}
