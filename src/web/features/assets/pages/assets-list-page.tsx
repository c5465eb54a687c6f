import { CustomerFilter } from '../../customers/components/customer-filter';
import { Select, Stack, Switch } from '@mantine/core';
import { useDisclosure } from '@mantine/hooks';
import { useTranslation } from 'react-i18next';
import { useNavigate } from 'react-router';
import { PageHeader, NewRecordButton } from '../../../components/page-header';
import { ResourceTable } from '../../../components/resource-table';
import { useStaffCan } from '../../../lib/permissions';
import { useUrlListState } from '../../../lib/use-list-state';
import { useAssets } from '../api/list-assets';
import { useAssetColumns } from '../components/asset-columns';
import { AssetFormDrawer } from '../components/asset-form';
import { ASSET_STATUSES } from '../types';
import { useAssetTree } from '../use-asset-tree';

/**
 * /staff/assets: equipment of all customers. By default the tops of the asset trees (a building, a
 * system), each expanding to what is under it. Searching looks through every level.
 */
export function AssetsListPage() {
  const { t } = useTranslation();
  const navigate = useNavigate();
  const canWork = useStaffCan('manage_records');
  const list = useUrlListState(['customerId', 'status', 'allLevels', 'dueBefore'] as const);
  const { allLevels, ...filters } = list.filters;
  // Top level unless searching or asked for every level: a search should find a boiler inside a plant room.
  const topLevel = !allLevels && !list.q && !filters.dueBefore;
  // Filtered by due date, the most urgent come first: overdue, then due soonest.
  const assets = useAssets({ ...list.params, allLevels: undefined, topLevel: topLevel || undefined, childCounts: topLevel || undefined, sort: filters.dueBefore ? 'nextDueDate' : undefined });
  // The tops of the trees expand to their sub-assets; a search or every level is a flat list.
  const tree = useAssetTree();
  const columns = useAssetColumns();
  const [formOpened, form] = useDisclosure(false);

  return (
    <Stack gap="lg">
      <PageHeader
        title={t('staff.nav.assets')}
        subtitle={t('assets.intro')}
        actions={canWork && <NewRecordButton label={t('assets.new')} onClick={form.open} />}
      />
      <ResourceTable
        label={t('staff.nav.assets')}
        query={assets}
        columns={columns}
        list={list}
        tree={topLevel ? tree : undefined}
        searchLabel={t('assets.search')}
        filters={
          <>
            <CustomerFilter list={list} width={240} />
            <Select
              aria-label={t('common.filterStatus')}
              placeholder={t('common.allStatuses')}
              data={ASSET_STATUSES.map((status) => ({ value: status, label: t(`enums.assetStatus.${status}`) }))}
              value={list.filters.status ?? null}
              onChange={(value) => list.setFilter('status', value)}
              clearable
              w={{ base: '100%', sm: 180 }}
            />
            <Select
              aria-label={t('assets.dueFilter')}
              placeholder={t('assets.dueAny')}
              data={[
                { value: '0', label: t('assets.dueOverdue') },
                { value: '30', label: t('assets.dueWithin', { days: 30 }) },
                { value: '90', label: t('assets.dueWithin', { days: 90 }) },
              ]}
              value={dueChoice(list.filters.dueBefore)}
              onChange={(value) => list.setFilter('dueBefore', value === null ? null : daysFromToday(Number(value)))}
              clearable
              w={{ base: '100%', sm: 180 }}
            />
            <Switch
              label={t('assets.allLevels')}
              checked={!topLevel}
              disabled={Boolean(list.q) || Boolean(filters.dueBefore)}
              onChange={(event) => list.setFilter('allLevels', event.currentTarget.checked ? 'true' : null)}
              mb={8}
            />
          </>
        }
        rowHref={(asset) => `/staff/assets/${asset.id}`}
        empty={{ icon: 'box', title: t('assets.emptyTitle'), message: t('assets.emptyMessage') }}
      />
      <AssetFormDrawer opened={formOpened} onClose={form.close} customerId={list.filters.customerId} onSaved={(asset) => void navigate(`/staff/assets/${asset.id}`)} />
    </Stack>
  );
}

function daysFromToday(days: number): string {
  const date = new Date();
  date.setDate(date.getDate() + days);
  return new Date(date.getTime() - date.getTimezoneOffset() * 60_000).toISOString().slice(0, 10);
}

/** The select shows which choice made the stored date (it is recomputed on each choice, not each day). */
function dueChoice(dueBefore: string | undefined): string | null {
  if (!dueBefore) return null;
  for (const days of [0, 30, 90]) if (daysFromToday(days) === dueBefore) return String(days);
  return null;
}
