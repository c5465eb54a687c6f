import { Button, Code, Group, Stack, Tabs } from '@mantine/core';
import { useDisclosure } from '@mantine/hooks';
import { useTranslation } from 'react-i18next';
import { useNavigate, useParams } from 'react-router';
import { ConfirmArchiveButton } from '../../../components/confirm-archive-button';
import { EnumBadge } from '../../../components/enum-badge';
import { Field, FieldGrid } from '../../../components/field-grid';
import { Icon } from '../../../components/icons';
import { PageHeader } from '../../../components/page-header';
import { QueryState } from '../../../components/query-state';
import { RelatedList } from '../../../components/related-list';
import { useFormat } from '../../../lib/format';
import { useStaffCan } from '../../../lib/permissions';
import type { ListParams } from '../../../lib/resource';
import { useAncestors } from '../../../lib/use-ancestors';
import { CustomerLink } from '../../customers/components/customer-link';
import { FilesPanel } from '../../files/components/files-panel';
import { ProjectLink } from '../../projects/components/project-link';
import { SiteLink } from '../../sites/components/site-link';
import { useTickets } from '../../tickets/api/list-tickets';
import { useTicketColumns } from '../../tickets/components/ticket-columns';
import { useWorkOrderColumns } from '../../work-orders/components/work-order-columns';
import { WorkOrderFormDrawer } from '../../work-orders/components/work-order-form';
import { RecordPortalAccessButton } from '../../portal-access/components/record-portal-access-button';
import { useArchiveAsset } from '../api/archive-asset';
import { getAsset, useAsset } from '../api/get-asset';
import { assetKeys } from '../api/keys';
import { useAssetHistory } from '../api/list-asset-history';
import { useAssets } from '../api/list-assets';
import { DueDate, useAssetColumns } from '../components/asset-columns';
import { AssetFormDrawer } from '../components/asset-form';
import { AssetLabelsButton } from '../components/asset-labels-button';
import { AssetDocuments } from '../components/asset-documents';
import { AssetLink } from '../components/asset-link';
import type { Asset } from '../types';
import { ArchivedBadge } from '../../../components/archived-badge';

/** /staff/assets/:id, the asset's passport: its tree (breadcrumbs up, sub-assets down), service history, tickets, reports and certificates, files. */
export function AssetDetailPage() {
  const { id = '' } = useParams();
  const asset = useAsset(id);
  return <QueryState query={asset}>{(data) => <AssetDetail key={data.id} asset={data} />}</QueryState>;
}

function AssetDetail({ asset }: { asset: Asset }) {
  const { t } = useTranslation();
  const navigate = useNavigate();
  const format = useFormat();
  const canWork = useStaffCan('manage_records');
  const archive = useArchiveAsset();
  const ancestors = useAncestors('assets', asset, (a) => a.parentId, { detailKey: assetKeys.detail, get: (id) => getAsset(id) });
  const [editOpened, edit] = useDisclosure(false);
  const [childOpened, childForm] = useDisclosure(false);
  const [workOrderOpened, workOrderForm] = useDisclosure(false);
  const childColumns = useAssetColumns({ withCustomer: false });
  const historyColumns = useWorkOrderColumns({ withCustomer: false });
  const ticketColumns = useTicketColumns({ withCustomer: false });
  const useHistory = (params: ListParams) => useAssetHistory(asset.id, { cursor: params.cursor, limit: params.limit });

  const breadcrumbs = [{ label: t('staff.nav.assets'), to: '/staff/assets' }];
  for (const parent of ancestors.data ?? []) breadcrumbs.push({ label: parent.name, to: `/staff/assets/${parent.id}` });
  const customFields = Object.entries(asset.customFields);

  return (
    <Stack gap="lg">
      <PageHeader
        title={asset.name}
        breadcrumbs={breadcrumbs}
        subtitle={[asset.category, asset.manufacturer, asset.model].filter(Boolean).join(' · ') || undefined}
        badges={
          <Group gap={6}>
            <EnumBadge group="assetStatus" value={asset.status} />
            <ArchivedBadge archivedAt={asset.archivedAt} />
          </Group>
        }
        actions={
          <>
            <AssetLabelsButton assetId={asset.id} />
            {canWork && (
              <>
                <RecordPortalAccessButton resourceType="asset" resourceId={asset.id} customerId={asset.customerId} name={asset.name} />
                <Button variant="default" leftSection={<Icon name="plus" size={16} />} onClick={workOrderForm.open}>
                  {t('workOrders.new')}
                </Button>
                <Button variant="default" leftSection={<Icon name="pencil" size={16} />} onClick={edit.open}>
                  {t('app.edit')}
                </Button>
                {!asset.archivedAt && (
                  <ConfirmArchiveButton
                    name={asset.name}
                    onConfirm={() => archive.mutateAsync(asset.id)}
                    onArchived={() => void navigate(asset.parentId ? `/staff/assets/${asset.parentId}` : '/staff/assets')}
                  />
                )}
              </>
            )}
          </>
        }
      />
      <FieldGrid cols={4}>
        <Field label={t('common.customer')}>
          <CustomerLink id={asset.customerId} />
        </Field>
        <Field label={t('common.site')}>{asset.siteId ? <SiteLink id={asset.siteId} /> : null}</Field>
        <Field label={t('assets.fields.parent')}>{asset.parentId ? <AssetLink id={asset.parentId} /> : null}</Field>
        <Field label={t('assets.fields.serialNumber')}>{asset.serialNumber}</Field>
        <Field label={t('assets.fields.nextDueDate')}>
          <DueDate value={asset.nextDueDate} />
        </Field>
        <Field label={t('assets.fields.lastServiceDate')}>{asset.lastServiceDate ? format.date(asset.lastServiceDate) : null}</Field>
        <Field label={t('assets.fields.project')}>{asset.projectId ? <ProjectLink id={asset.projectId} /> : null}</Field>
        <Field label={t('common.updatedAt')}>{format.dateTime(asset.updatedAt)}</Field>
        {customFields.length > 0 && (
          <Field label={t('assets.fields.customFields')} span>
            <Group gap="md">
              {customFields.map(([key, value]) => (
                <span key={key}>
                  {key}: <Code>{String(value)}</Code>
                </span>
              ))}
            </Group>
          </Field>
        )}
        {asset.internalNotes !== undefined && (
          <Field label={t('assets.fields.internalNotes')} span>
            {asset.internalNotes}
          </Field>
        )}
      </FieldGrid>
      <Tabs defaultValue="history" keepMounted={false}>
        <Tabs.List>
          <Tabs.Tab value="history" leftSection={<Icon name="history" size={16} />}>
            {t('assets.history')}
          </Tabs.Tab>
          <Tabs.Tab value="children" leftSection={<Icon name="box" size={16} />}>
            {t('assets.children')}
          </Tabs.Tab>
          <Tabs.Tab value="tickets" leftSection={<Icon name="ticket" size={16} />}>
            {t('staff.nav.tickets')}
          </Tabs.Tab>
          <Tabs.Tab value="documents" leftSection={<Icon name="fileText" size={16} />}>
            {t('assets.documents')}
          </Tabs.Tab>
          <Tabs.Tab value="files" leftSection={<Icon name="paperclip" size={16} />}>
            {t('files.title')}
          </Tabs.Tab>
        </Tabs.List>
        <Tabs.Panel value="history" pt="md">
          <RelatedList
            label={t('assets.historyOf', { name: asset.name })}
            fixedParams={{}}
            useList={useHistory}
            columns={historyColumns}
            rowHref={(workOrder) => `/staff/work-orders/${workOrder.id}`}
            empty={{ icon: 'history', title: t('assets.historyEmptyTitle'), message: t('assets.historyEmpty') }}
          />
        </Tabs.Panel>
        <Tabs.Panel value="children" pt="md">
          <RelatedList
            label={t('assets.childrenOf', { name: asset.name })}
            fixedParams={{ parentId: asset.id }}
            useList={useAssets}
            columns={childColumns}
            rowHref={(child) => `/staff/assets/${child.id}`}
            empty={{ icon: 'box', title: t('assets.childrenEmptyTitle'), message: t('assets.childrenEmpty') }}
            actions={
              canWork && (
                <Button variant="light" leftSection={<Icon name="plus" size={16} />} onClick={childForm.open}>
                  {t('assets.newChild')}
                </Button>
              )
            }
          />
        </Tabs.Panel>
        <Tabs.Panel value="tickets" pt="md">
          <RelatedList
            label={t('assets.ticketsOf', { name: asset.name })}
            fixedParams={{ assetId: asset.id }}
            useList={useTickets}
            columns={ticketColumns}
            rowHref={(ticket) => `/staff/tickets/${ticket.id}`}
            empty={{ icon: 'ticket', title: t('tickets.emptyTitle'), message: t('assets.ticketsEmpty') }}
          />
        </Tabs.Panel>
        <Tabs.Panel value="documents" pt="md">
          <AssetDocuments asset={asset} />
        </Tabs.Panel>
        <Tabs.Panel value="files" pt="md">
          <FilesPanel resourceType="asset" resourceId={asset.id} canEdit={canWork} />
        </Tabs.Panel>
      </Tabs>
      <AssetFormDrawer opened={editOpened} onClose={edit.close} asset={asset} />
      <AssetFormDrawer opened={childOpened} onClose={childForm.close} customerId={asset.customerId} siteId={asset.siteId} parentId={asset.id} />
      <WorkOrderFormDrawer
        opened={workOrderOpened}
        onClose={workOrderForm.close}
        defaults={{ customerId: asset.customerId, siteId: asset.siteId, assetId: asset.id }}
        onSaved={(workOrder) => void navigate(`/staff/work-orders/${workOrder.id}`)}
      />
    </Stack>
  );
}
