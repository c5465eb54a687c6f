import { Text } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { EnumBadge } from '../../../components/enum-badge';
import type { Column } from '../../../components/resource-table';
import { useFormat } from '../../../lib/format';
import { AssetLink } from '../../assets/components/asset-link';
import { CustomerLink } from '../../customers/components/customer-link';
import type { WorkOrder } from '../types';

export function useWorkOrderColumns({ withCustomer = true }: { withCustomer?: boolean } = {}): Column<WorkOrder>[] {
  const { t } = useTranslation();
  const format = useFormat();
  const columns: Column<WorkOrder>[] = [
    { key: 'number', header: t('common.number'), render: (wo) => <Text span size="sm" ff="monospace" fw={500}>{wo.number}</Text>, width: 120, nowrap: true },
    { key: 'title', header: t('workOrders.fields.title'), render: (wo) => wo.title },
  ];
  if (withCustomer) columns.push({ key: 'customer', header: t('common.customer'), render: (wo) => <CustomerLink id={wo.customerId} />, visibleFrom: 'md' });
  columns.push(
    { key: 'asset', header: t('common.asset'), render: (wo) => <AssetLink id={wo.assetId} />, visibleFrom: 'lg' },
    { key: 'kind', header: t('workOrders.fields.kind'), render: (wo) => t(`enums.workOrderKind.${wo.kind}`), visibleFrom: 'lg' },
    { key: 'status', header: t('common.status'), render: (wo) => <EnumBadge group="workOrderStatus" value={wo.status} />, nowrap: true },
    { key: 'planned', header: t('workOrders.fields.plannedStart'), render: (wo) => (wo.completedAt ? format.dateTime(wo.completedAt) : format.dateTime(wo.plannedStart)), visibleFrom: 'sm', nowrap: true },
  );
  return columns;
}
