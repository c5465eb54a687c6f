import { CustomerFilter } from '../../customers/components/customer-filter';
import { Select, Stack } from '@mantine/core';
import { useDisclosure } from '@mantine/hooks';
import { useTranslation } from 'react-i18next';
import { useNavigate } from 'react-router';
import { PageHeader, NewRecordButton } from '../../../components/page-header';
import { ResourceTable } from '../../../components/resource-table';
import { useSignedInUser } from '../../auth/use-signed-in-user';
import { useStaffCan } from '../../../lib/permissions';
import { useUrlListState } from '../../../lib/use-list-state';
import { useWorkOrders } from '../api/list-work-orders';
import { useWorkOrderColumns } from '../components/work-order-columns';
import { WorkOrderFormDrawer } from '../components/work-order-form';
import { WORK_ORDER_KINDS, WORK_ORDER_STATUSES } from '../types';

const OPEN_STATUSES = 'open,scheduled,in_progress,on_hold';

/** /staff/work-orders: jobs of all customers, newest first; filter by status, kind, customer, "mine". */
export function WorkOrdersListPage() {
  const { t } = useTranslation();
  const navigate = useNavigate();
  const me = useSignedInUser();
  const canWork = useStaffCan('manage_records');
  // plannedEndBefore has no control of its own: the staff home's overdue queue links here with it.
  const list = useUrlListState(['status', 'kind', 'customerId', 'assigneeId', 'plannedEndBefore'] as const);
  const workOrders = useWorkOrders(list.params);
  const columns = useWorkOrderColumns();
  const [formOpened, form] = useDisclosure(false);

  return (
    <Stack gap="lg">
      <PageHeader
        title={t('staff.nav.workOrders')}
        subtitle={t('workOrders.intro')}
        actions={canWork && <NewRecordButton label={t('workOrders.new')} onClick={form.open} />}
      />
      <ResourceTable
        label={t('staff.nav.workOrders')}
        query={workOrders}
        columns={columns}
        list={list}
        searchLabel={t('workOrders.search')}
        filters={
          <>
            <Select
              aria-label={t('common.filterStatus')}
              placeholder={t('common.allStatuses')}
              data={[
                { value: OPEN_STATUSES, label: t('workOrders.allOpen') },
                ...WORK_ORDER_STATUSES.map((status) => ({ value: status, label: t(`enums.workOrderStatus.${status}`) })),
              ]}
              value={list.filters.status ?? null}
              onChange={(value) => list.setFilter('status', value)}
              clearable
              w={{ base: '100%', sm: 180 }}
            />
            <Select
              aria-label={t('workOrders.filterKind')}
              placeholder={t('workOrders.allKinds')}
              data={WORK_ORDER_KINDS.map((kind) => ({ value: kind, label: t(`enums.workOrderKind.${kind}`) }))}
              value={list.filters.kind ?? null}
              onChange={(value) => list.setFilter('kind', value)}
              clearable
              w={{ base: '100%', sm: 170 }}
            />
            <CustomerFilter list={list} width={220} />
            <Select
              aria-label={t('workOrders.filterAssignee')}
              data={[
                { value: 'all', label: t('workOrders.everyone') },
                { value: me.id, label: t('workOrders.assignedToMe') },
              ]}
              value={list.filters.assigneeId ? me.id : 'all'}
              onChange={(value) => list.setFilter('assigneeId', value === 'all' ? null : value)}
              allowDeselect={false}
              w={{ base: '100%', sm: 170 }}
            />
          </>
        }
        rowHref={(workOrder) => `/staff/work-orders/${workOrder.id}`}
        empty={{ icon: 'clipboardCheck', title: t('workOrders.emptyTitle'), message: t('workOrders.emptyMessage') }}
      />
      <WorkOrderFormDrawer opened={formOpened} onClose={form.close} onSaved={(workOrder) => void navigate(`/staff/work-orders/${workOrder.id}`)} />
    </Stack>
  );
}
