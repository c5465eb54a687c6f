import { Group, Text } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { EnumBadge } from '../../../components/enum-badge';
import type { Column } from '../../../components/resource-table';
import { todayIso, useFormat } from '../../../lib/format';
import { CustomerLink } from '../../customers/components/customer-link';
import { SiteLink } from '../../sites/components/site-link';
import type { Asset } from '../types';

/** The next due date, red when overdue. */
export function DueDate({ value }: { value: string | null }) {
  const format = useFormat();
  const { t } = useTranslation();
  if (!value) return <Text span size="sm" c="dimmed">—</Text>;
  const overdue = value < todayIso();
  return (
    <Text span size="sm" c={overdue ? 'red.7' : undefined} fw={overdue ? 600 : undefined} title={overdue ? t('assets.overdue') : undefined}>
      {format.date(value)}
    </Text>
  );
}

export function useAssetColumns({ withCustomer = true, withSite = true }: { withCustomer?: boolean; withSite?: boolean } = {}): Column<Asset>[] {
  const { t } = useTranslation();
  const columns: Column<Asset>[] = [
    {
      key: 'name',
      header: t('assets.fields.name'),
      render: (asset) => (
        <Group gap={6} wrap="nowrap" component="span">
          {asset.name}
        </Group>
      ),
    },
  ];
  if (withCustomer) columns.push({ key: 'customer', header: t('common.customer'), render: (asset) => <CustomerLink id={asset.customerId} />, visibleFrom: 'sm' });
  if (withSite) columns.push({ key: 'site', header: t('common.site'), render: (asset) => <SiteLink id={asset.siteId} />, visibleFrom: 'lg' });
  columns.push(
    { key: 'category', header: t('assets.fields.category'), render: (asset) => asset.category ?? '—', visibleFrom: 'md' },
    { key: 'serial', header: t('assets.fields.serialNumber'), render: (asset) => (asset.serialNumber ? <Text size="sm" ff="monospace">{asset.serialNumber}</Text> : '—'), visibleFrom: 'lg', nowrap: true },
    { key: 'status', header: t('common.status'), render: (asset) => <EnumBadge group="assetStatus" value={asset.status} />, nowrap: true },
    { key: 'due', header: t('assets.fields.nextDueDate'), render: (asset) => <DueDate value={asset.nextDueDate} />, visibleFrom: 'sm', nowrap: true },
  );
  return columns;
}
