import { Button, Chip, SegmentedControl, Stack } from '@mantine/core';
import { useDisclosure } from '@mantine/hooks';
import { useTranslation } from 'react-i18next';
import { useNavigate } from 'react-router';
import { Icon } from '../../components/icons';
import { AssetTreeItem } from '../components/asset-tree-view';
import { DeviceDrawer } from '../components/device-form';
import { ListToolbar, useUrlFilters } from '../components/list-toolbar';
import { PortalPageHeader } from '../components/page-header';
import { ListRow, MetaLine, PortalList } from '../components/portal-list';
import { SiteName } from '../components/record-names';
import { StatusBadge } from '../components/status-badge';
import { DueBadge } from '../components/due-date';
import { isoDayFromToday } from '../lib/dates';
import { usePortalAccess } from '../lib/portal-me';
import { useSiteFilter } from '../lib/site-filter';
import type { Asset } from '../lib/types';
import { usePortalList } from '../lib/use-portal-list';

/**
 * /portal/assets: the assets the user may see, searchable; "due soon" narrows to the next 60 days. As a
 * tree, the tops of what the user sees, each opening to its sub-assets; a search is always a list.
 */
export function AssetsPage() {
  const { t } = useTranslation('portal');
  const site = useSiteFilter();
  const filters = useUrlFilters(['q', 'due', 'view'] as const);
  const dueSoon = filters.values.due === 'soon';
  const treeChosen = filters.values.view === 'tree';
  const asTree = treeChosen && !filters.values.q && !dueSoon;
  const access = usePortalAccess();
  const navigate = useNavigate();
  const [adding, { open: openAdd, close: closeAdd }] = useDisclosure(false);
  // "Due soon" lists the most urgent first: overdue, then the soonest due.
  const params = asTree
    ? { ...site.params, visibleRoots: true, childCounts: true, sort: 'name' }
    : { ...site.params, q: filters.values.q || undefined, dueBefore: dueSoon ? isoDayFromToday(60) : undefined, sort: dueSoon ? 'nextDueDate' : 'name' };
  const assets = usePortalList('/assets', params, {});
  const assetRow = (asset: Asset) => (
    <ListRow
      to={`/portal/assets/${asset.id}`}
      icon="box"
      title={asset.name}
      meta={<MetaLine parts={[asset.category, asset.serialNumber ? t('assets.serialShort', { serial: asset.serialNumber }) : null, <SiteName key="site" siteId={asset.siteId} />]} />}
      aside={
        <>
          {asset.status !== 'active' && <StatusBadge group="assetStatus" value={asset.status} />}
          <DueBadge date={asset.nextDueDate} label={t('assets.nextDue')} />
        </>
      }
    />
  );
  return (
    <Stack gap="lg">
      <PortalPageHeader
        title={t('assets.title')}
        subtitle={t('assets.subtitle')}
        actions={
          access.canAddDevices && (
            <Button onClick={openAdd} leftSection={<Icon name="plus" size={16} />}>
              {t('devices.addButton')}
            </Button>
          )
        }
      />
      <DeviceDrawer opened={adding} onClose={closeAdd} siteId={site.siteId} onSaved={(device) => navigate(`/portal/assets/${device.id}`)} />
      <ListToolbar q={filters.values.q} onSearch={(q) => filters.set('q', q)} searchLabel={t('assets.search')}>
        <Chip checked={dueSoon} onChange={(checked) => filters.set('due', checked ? 'soon' : null)} variant="outline" radius="xl" size="md">
          {t('assets.dueSoonFilter')}
        </Chip>
        <SegmentedControl
          aria-label={t('assets.view')}
          value={treeChosen ? 'tree' : 'list'}
          onChange={(view) => filters.set('view', view === 'tree' ? 'tree' : null)}
          data={[
            { value: 'list', label: t('assets.viewList') },
            { value: 'tree', label: t('assets.viewTree') },
          ]}
        />
      </ListToolbar>
      <PortalList
        label={t('assets.title')}
        query={assets}
        filtered={Boolean(filters.values.q) || dueSoon || site.siteId !== null}
        empty={{ icon: 'box', title: t('assets.emptyTitle'), message: t('assets.emptyMessage') }}
        renderRow={asTree ? (asset) => <AssetTreeItem asset={asset} siteParams={site.params} renderRow={assetRow} /> : assetRow}
      />
    </Stack>
  );
}
