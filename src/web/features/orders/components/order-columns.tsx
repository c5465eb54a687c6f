import { Group, Text } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { EnumBadge } from '../../../components/enum-badge';
import type { Column } from '../../../components/resource-table';
import { useFormat } from '../../../lib/format';
import { DueDate } from '../../assets/components/asset-columns';
import { CustomerLink } from '../../customers/components/customer-link';
import { FlagBadges } from '../../flags/components/flag-badge';
import type { Order } from '../types';

export function useOrderColumns({ withCustomer = true }: { withCustomer?: boolean } = {}): Column<Order>[] {
  const { t } = useTranslation();
  const format = useFormat();
  const columns: Column<Order>[] = [
    { key: 'number', header: t('common.number'), render: (o) => <Text span size="sm" ff="monospace" fw={500}>{o.number}</Text>, width: 110, nowrap: true },
    {
      key: 'title',
      header: t('orders.fields.title'),
      render: (o) => (
        <Group gap={6} component="span">
          {o.title}
          <FlagBadges flags={o.flags} />
        </Group>
      ),
    },
  ];
  if (withCustomer) columns.push({ key: 'customer', header: t('common.customer'), render: (o) => <CustomerLink id={o.customerId} />, visibleFrom: 'md' });
  columns.push(
    { key: 'status', header: t('common.status'), render: (o) => <EnumBadge group="orderStatus" value={o.status} />, nowrap: true },
    { key: 'deadline', header: t('orders.fields.deadline'), render: (o) => (['completed', 'cancelled', 'shipped'].includes(o.status) ? <Text span size="sm">{format.date(o.deadline)}</Text> : <DueDate value={o.deadline} />), visibleFrom: 'sm', nowrap: true },
  );
  return columns;
}
