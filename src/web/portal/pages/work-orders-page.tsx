import { Stack } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { ListToolbar, useUrlFilters } from '../components/list-toolbar';
import { PortalPageHeader } from '../components/page-header';
import { PortalList } from '../components/portal-list';
import { StatusFilter } from '../components/status-filter';
import { WorkOrderRow } from '../components/work-order-row';
import { useSiteFilter } from '../lib/site-filter';
import { usePortalList } from '../lib/use-portal-list';

const STATUS_GROUPS: Record<string, string> = {
  current: 'open,scheduled,in_progress,on_hold',
  done: 'completed,cancelled',
};

/** /portal/work-orders: maintenance, calibration and repair jobs on the user's assets. */
export function WorkOrdersPage() {
  const { t } = useTranslation('portal');
  const site = useSiteFilter();
  const filters = useUrlFilters(['q', 'status'] as const);
  const workOrders = usePortalList('/work-orders', { ...site.params, q: filters.values.q || undefined, status: STATUS_GROUPS[filters.values.status] }, {});
  return (
    <Stack gap="lg">
      <PortalPageHeader title={t('workOrders.title')} subtitle={t('workOrders.subtitle')} />
      <ListToolbar q={filters.values.q} onSearch={(q) => filters.set('q', q)} searchLabel={t('workOrders.search')}>
        <StatusFilter
          label={t('common.statusFilter')}
          value={filters.values.status}
          onChange={(value) => filters.set('status', value)}
          options={[
            { value: '', label: t('common.all') },
            { value: 'current', label: t('workOrders.current') },
            { value: 'done', label: t('workOrders.done') },
          ]}
        />
      </ListToolbar>
      <PortalList
        label={t('workOrders.title')}
        query={workOrders}
        filtered={filters.filtered || site.siteId !== null}
        empty={{ icon: 'clipboardCheck', title: t('workOrders.emptyTitle'), message: t('workOrders.emptyMessage') }}
        renderRow={(workOrder) => <WorkOrderRow workOrder={workOrder} />}
      />
    </Stack>
  );
}
