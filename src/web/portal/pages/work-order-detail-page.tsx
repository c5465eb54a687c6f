import { Stack } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { useParams } from 'react-router';
import { Field, FieldGrid } from '../../components/field-grid';
import { useFormat } from '../../lib/format';
import { useWorkOrder } from '../api/records';
import { ApprovalPanel } from '../components/approval-panel';
import { DetailState } from '../components/detail-state';
import { FilesSection } from '../components/files-section';
import { NotesList } from '../components/notes-list';
import { PortalPageHeader } from '../components/page-header';
import { AssetLink, SiteName } from '../components/record-names';
import { Section, TextCard } from '../components/section';
import { FlagBadges, StatusBadge } from '../components/status-badge';
import type { WorkOrder } from '../lib/types';
import { usePortalList } from '../lib/use-portal-list';
import { useTimeRange } from '../lib/use-time-range';

function WorkOrderDetail({ workOrder }: { workOrder: WorkOrder }) {
  const { t } = useTranslation('portal');
  const format = useFormat();
  const notes = usePortalList('/work-orders/{id}/notes', {}, { limit: 50, path: { id: workOrder.id } });
  const timeRange = useTimeRange();
  const planned = workOrder.plannedStart ? timeRange(workOrder.plannedStart, workOrder.plannedEnd) : null;
  return (
    <Stack gap="xl">
      <PortalPageHeader
        title={workOrder.title}
        back={{ to: '/portal/work-orders', label: t('workOrders.back') }}
        subtitle={workOrder.number}
        badges={
          <>
            <StatusBadge group="workOrderStatus" value={workOrder.status} size="md" />
            <FlagBadges flags={workOrder.flags} />
          </>
        }
      />
      <FieldGrid>
        <Field label={t('workOrders.kind')}>{t(`enums.workOrderKind.${workOrder.kind}`, { defaultValue: workOrder.kind })}</Field>
        <Field label={t('workOrders.asset')}>{workOrder.assetId ? <AssetLink assetId={workOrder.assetId} /> : null}</Field>
        <Field label={t('workOrders.site')}>{workOrder.siteId ? <SiteName siteId={workOrder.siteId} /> : null}</Field>
        <Field label={t('workOrders.planned')}>{planned}</Field>
        <Field label={t('workOrders.completed')}>{workOrder.completedAt ? format.dateTime(workOrder.completedAt) : null}</Field>
        <Field label={t('workOrders.priority')}>{t(`enums.priority.${workOrder.priority}`, { defaultValue: workOrder.priority })}</Field>
      </FieldGrid>
      {workOrder.description && (
        <Section title={t('workOrders.description')}>
          <TextCard>{workOrder.description}</TextCard>
        </Section>
      )}
      <ApprovalPanel recordType="work_order" record={workOrder} />
      <Section title={t('workOrders.notes')} description={t('workOrders.notesHint')}>
        <NotesList query={notes} label={t('workOrders.notes')} emptyText={t('workOrders.noNotes')} />
      </Section>
      <FilesSection resourceType="work_order" resourceId={workOrder.id} siteId={workOrder.siteId} />
    </Stack>
  );
}

/** /portal/work-orders/:id: status, customer-visible flags, dates and the notes the service team shared; never internal notes or tasks. */
export function WorkOrderDetailPage() {
  const { id } = useParams();
  const workOrder = useWorkOrder(id);
  return <DetailState query={workOrder}>{(data) => <WorkOrderDetail workOrder={data} />}</DetailState>;
}
