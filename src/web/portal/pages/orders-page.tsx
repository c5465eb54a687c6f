import { Stack } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { useFormat } from '../../lib/format';
import { DueBadge } from '../components/due-date';
import { ListToolbar, useUrlFilters } from '../components/list-toolbar';
import { PortalPageHeader } from '../components/page-header';
import { ListRow, MetaLine, PortalList } from '../components/portal-list';
import { FlagBadges, StatusBadge } from '../components/status-badge';
import { StatusFilter } from '../components/status-filter';
import { useSiteFilter } from '../lib/site-filter';
import { usePortalList } from '../lib/use-portal-list';

/** /portal/orders: production and sales orders with status, deadline and the flags meant for the customer. */
export function OrdersPage() {
  const { t } = useTranslation('portal');
  const format = useFormat();
  const site = useSiteFilter();
  const filters = useUrlFilters(['q', 'status'] as const);
  const orders = usePortalList('/orders', { ...site.params, q: filters.values.q || undefined, status: filters.values.status || undefined, sort: '-createdAt' }, {});
  return (
    <Stack gap="lg">
      <PortalPageHeader title={t('orders.title')} subtitle={t('orders.subtitle')} />
      <ListToolbar q={filters.values.q} onSearch={(q) => filters.set('q', q)} searchLabel={t('orders.search')}>
        <StatusFilter
          label={t('common.statusFilter')}
          value={filters.values.status}
          onChange={(value) => filters.set('status', value)}
          options={[
            { value: '', label: t('common.all') },
            { value: 'in_production', label: t('enums.orderStatus.in_production') },
            { value: 'ready', label: t('enums.orderStatus.ready') },
            { value: 'shipped', label: t('enums.orderStatus.shipped') },
          ]}
        />
      </ListToolbar>
      <PortalList
        label={t('orders.title')}
        query={orders}
        filtered={filters.filtered || site.siteId !== null}
        empty={{ icon: 'receipt', title: t('orders.emptyTitle'), message: t('orders.emptyMessage') }}
        renderRow={(order) => {
          const finished = order.status === 'shipped' || order.status === 'completed' || order.status === 'cancelled';
          return (
            <ListRow
              to={`/portal/orders/${order.id}`}
              icon="receipt"
              title={order.title}
              meta={<MetaLine parts={[order.number, t('orders.placedOn', { date: format.date(order.createdAt) })]} />}
              aside={
                <>
                  <FlagBadges flags={order.flags} />
                  {order.deadline && !finished ? <DueBadge date={order.deadline} label={t('orders.deadline')} /> : null}
                  <StatusBadge group="orderStatus" value={order.status} />
                </>
              }
            />
          );
        }}
      />
    </Stack>
  );
}
