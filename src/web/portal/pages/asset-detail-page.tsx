import { Anchor, Button, Stack } from '@mantine/core';
import { useDisclosure } from '@mantine/hooks';
import { useTranslation } from 'react-i18next';
import { Link, useNavigate, useParams } from 'react-router';
import { ConfirmArchiveButton } from '../../components/confirm-archive-button';
import { Field, FieldGrid } from '../../components/field-grid';
import { Icon } from '../../components/icons';
import { useFormat } from '../../lib/format';
import { useArchiveDevice } from '../api/devices';
import { useAsset } from '../api/records';
import { DeviceDrawer } from '../components/device-form';
import { SubAssetsSection } from '../components/asset-tree';
import { DetailState } from '../components/detail-state';
import { DueBadge } from '../components/due-date';
import { FilesSection } from '../components/files-section';
import { IssuedDocumentsSection } from '../components/issued-documents';
import { PortalPageHeader } from '../components/page-header';
import { PortalList } from '../components/portal-list';
import { AssetLink, SiteName } from '../components/record-names';
import { Section } from '../components/section';
import { StatusBadge } from '../components/status-badge';
import { WorkOrderRow } from '../components/work-order-row';
import { usePortalAccess } from '../lib/portal-me';
import type { Asset } from '../lib/types';
import { usePortalList } from '../lib/use-portal-list';

function RecentHistory({ asset }: { asset: Asset }) {
  const { t } = useTranslation('portal');
  const history = usePortalList('/assets/{id}/history', {}, { limit: 5, path: { id: asset.id } });
  const hasMore = Boolean(history.data?.pages[0]?.nextCursor);
  return (
    <Section
      title={t('assets.history')}
      action={
        <Anchor component={Link} to={`/portal/assets/${asset.id}/history`} size="sm" fw={500}>
          {hasMore ? t('assets.fullHistory') : t('assets.openHistory')}
        </Anchor>
      }
    >
      <PortalList
        label={t('assets.history')}
        query={history}
        showMore={false}
        compactEmpty
        skeletonRows={2}
        empty={{ icon: 'history', title: t('assets.noHistoryTitle'), message: t('assets.noHistoryMessage') }}
        renderRow={(workOrder) => <WorkOrderRow workOrder={workOrder} />}
      />
    </Section>
  );
}

/** Edit, add a sub-device, archive: for users who manage devices on this asset's site (live-site agents). */
function DeviceActions({ asset }: { asset: Asset }) {
  const { t } = useTranslation('portal');
  const navigate = useNavigate();
  const archive = useArchiveDevice(asset.id);
  const [editing, edit] = useDisclosure(false);
  const [adding, add] = useDisclosure(false);
  return (
    <>
      <Button variant="default" onClick={edit.open} leftSection={<Icon name="pencil" size={16} />}>
        {t('devices.editButton')}
      </Button>
      <Button variant="default" onClick={add.open} leftSection={<Icon name="plus" size={16} />}>
        {t('devices.addSubButton')}
      </Button>
      <ConfirmArchiveButton name={asset.name} message={t('devices.archiveMessage')} onConfirm={() => archive.mutateAsync()} onArchived={() => navigate('/portal/assets')} />
      <DeviceDrawer opened={editing} onClose={edit.close} device={asset} siteId={asset.siteId} onSaved={edit.close} />
      <DeviceDrawer opened={adding} onClose={add.close} parent={asset} siteId={asset.siteId} onSaved={(device) => { add.close(); navigate(`/portal/assets/${device.id}`); }} />
    </>
  );
}

function AssetDetail({ asset }: { asset: Asset }) {
  const { t } = useTranslation('portal');
  const format = useFormat();
  const access = usePortalAccess();
  const customFields = Object.entries(asset.customFields);
  const mayReport = access.has('tickets') && access.canRaiseTickets && access.siteWritable(asset.siteId);
  return (
    <Stack gap="xl">
      <PortalPageHeader
        title={asset.name}
        back={{ to: '/portal/assets', label: t('assets.back') }}
        badges={<StatusBadge group="assetStatus" value={asset.status} size="md" />}
        subtitle={[asset.category, [asset.manufacturer, asset.model].filter(Boolean).join(' ')].filter(Boolean).join(' · ') || undefined}
        actions={
          <>
            {access.has('work_orders') && (
              <Button component={Link} to={`/portal/assets/${asset.id}/history`} variant="default" leftSection={<Icon name="history" size={16} />}>
                {t('assets.history')}
              </Button>
            )}
            {access.canManageDevicesOn(asset.siteId) && <DeviceActions asset={asset} />}
            {mayReport && (
              <Button component={Link} to={`/portal/tickets/new?assetId=${asset.id}`} leftSection={<Icon name="plus" size={16} />}>
                {t('assets.reportProblem')}
              </Button>
            )}
          </>
        }
      />
      <FieldGrid>
        <Field label={t('assets.nextDue')}>{asset.nextDueDate ? <DueBadge date={asset.nextDueDate} /> : null}</Field>
        {asset.lastServiceDate && <Field label={t('assets.lastService')}>{format.date(asset.lastServiceDate)}</Field>}
        <Field label={t('assets.site')}>{asset.siteId ? <SiteName siteId={asset.siteId} /> : null}</Field>
        {asset.serialNumber && <Field label={t('assets.serial')}>{asset.serialNumber}</Field>}
        {asset.parentId && (
          <Field label={t('assets.partOf')}>
            <AssetLink assetId={asset.parentId} />
          </Field>
        )}
        {(asset.manufacturer || asset.model) && <Field label={t('assets.manufacturer')}>{[asset.manufacturer, asset.model].filter(Boolean).join(' ')}</Field>}
        {customFields.map(([key, value]) => (
          <Field key={key} label={key}>
            {value === null ? null : typeof value === 'boolean' ? (value ? t('common.yes') : t('common.no')) : String(value)}
          </Field>
        ))}
      </FieldGrid>
      <SubAssetsSection asset={asset} />
      {access.has('work_orders') && <RecentHistory asset={asset} />}
      {access.has('work_orders') && <IssuedDocumentsSection assetId={asset.id} />}
      <FilesSection resourceType="asset" resourceId={asset.id} siteId={asset.siteId} />
    </Stack>
  );
}

/** /portal/assets/:id, the asset's passport: status, due dates, sub-assets, service history, reports and certificates, files. */
export function AssetDetailPage() {
  const { id } = useParams();
  const asset = useAsset(id);
  return <DetailState query={asset}>{(data) => <AssetDetail key={data.id} asset={data} />}</DetailState>;
}
