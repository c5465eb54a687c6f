import { Button, Grid, Group, Stack, Tabs, Text, Title } from '@mantine/core';
import { useDisclosure } from '@mantine/hooks';
import { useTranslation } from 'react-i18next';
import { useNavigate, useParams } from 'react-router';
import { ConfirmArchiveButton } from '../../../components/confirm-archive-button';
import { EnumBadge } from '../../../components/enum-badge';
import { Field, FieldGrid } from '../../../components/field-grid';
import { Icon } from '../../../components/icons';
import { NotesThread } from '../../../components/notes-thread';
import { PageHeader } from '../../../components/page-header';
import { QueryState } from '../../../components/query-state';
import { useFormat } from '../../../lib/format';
import { useStaffCan } from '../../../lib/permissions';
import { PAGE_SIZE } from '../../../lib/resource';
import { useLocalCursorPagination } from '../../../lib/use-cursor-pagination';
import { AssetLink } from '../../assets/components/asset-link';
import { StaffApprovalPanel } from '../../approvals/components/staff-approval-panel';
import { CustomerLink } from '../../customers/components/customer-link';
import { FilesPanel } from '../../files/components/files-panel';
import { FlagsEditor } from '../../flags/components/flags-editor';
import { ProjectLink } from '../../projects/components/project-link';
import { SiteLink } from '../../sites/components/site-link';
import { TasksPanel } from '../../tasks/components/tasks-panel';
import { UserLink } from '../../users/components/user-link';
import { RecordPortalAccessButton } from '../../portal-access/components/record-portal-access-button';
import { useArchiveWorkOrder } from '../api/archive-work-order';
import { useCreateWorkOrderNote } from '../api/create-work-order-note';
import { useWorkOrder } from '../api/get-work-order';
import { useWorkOrderNotes } from '../api/list-work-order-notes';
import { WorkOrderFormDrawer } from '../components/work-order-form';
import { WorkOrderReportsPanel } from '../components/work-order-reports-panel';
import { WorkOrderStatusSelect } from '../components/work-order-status-select';
import type { WorkOrder } from '../types';
import { ArchivedBadge } from '../../../components/archived-badge';

/** /staff/work-orders/:id: the job, its checklist (internal), notes (internal or public), flags, files and issued reports. */
export function WorkOrderDetailPage() {
  const { id = '' } = useParams();
  const workOrder = useWorkOrder(id);
  return <QueryState query={workOrder}>{(data) => <WorkOrderDetail workOrder={data} />}</QueryState>;
}

function WorkOrderDetail({ workOrder }: { workOrder: WorkOrder }) {
  const { t } = useTranslation();
  const navigate = useNavigate();
  const format = useFormat();
  const canWork = useStaffCan('manage_records');
  const archive = useArchiveWorkOrder();
  const [editOpened, edit] = useDisclosure(false);
  const notesPage = useLocalCursorPagination(workOrder.id);
  const notes = useWorkOrderNotes(workOrder.id, { cursor: notesPage.cursor, limit: PAGE_SIZE });
  const addNote = useCreateWorkOrderNote(workOrder.id);

  return (
    <Stack gap="lg">
      <PageHeader
        title={workOrder.title}
        breadcrumbs={[{ label: t('staff.nav.workOrders'), to: '/staff/work-orders' }]}
        subtitle={
          <Group gap="xs">
            <Text span ff="monospace" size="sm">
              {workOrder.number}
            </Text>
            <Text span size="sm">
              · {t(`enums.workOrderKind.${workOrder.kind}`)}
            </Text>
          </Group>
        }
        badges={
          <Group gap={6}>
            <EnumBadge group="workOrderStatus" value={workOrder.status} />
            <EnumBadge group="priority" value={workOrder.priority} />
            <ArchivedBadge archivedAt={workOrder.archivedAt} />
          </Group>
        }
        actions={
          canWork && (
            <>
              <RecordPortalAccessButton resourceType="work_order" resourceId={workOrder.id} customerId={workOrder.customerId} name={workOrder.title} />
              <Button variant="default" leftSection={<Icon name="pencil" size={16} />} onClick={edit.open}>
                {t('app.edit')}
              </Button>
              {!workOrder.archivedAt && (
                <ConfirmArchiveButton name={workOrder.number} onConfirm={() => archive.mutateAsync(workOrder.id)} onArchived={() => void navigate('/staff/work-orders')} />
              )}
            </>
          )
        }
      />
      <Grid gutter="lg">
        <Grid.Col span={{ base: 12, lg: 8 }}>
          <Stack gap="lg">
            <FieldGrid>
              <Field label={t('common.customer')}>
                <CustomerLink id={workOrder.customerId} />
              </Field>
              <Field label={t('common.site')}>{workOrder.siteId ? <SiteLink id={workOrder.siteId} /> : null}</Field>
              <Field label={t('common.asset')}>{workOrder.assetId ? <AssetLink id={workOrder.assetId} /> : null}</Field>
              <Field label={t('workOrders.fields.plannedStart')}>{workOrder.plannedStart ? format.dateTime(workOrder.plannedStart) : null}</Field>
              <Field label={t('workOrders.fields.plannedEnd')}>{workOrder.plannedEnd ? format.dateTime(workOrder.plannedEnd) : null}</Field>
              <Field label={t('workOrders.fields.completedAt')}>{workOrder.completedAt ? format.dateTime(workOrder.completedAt) : null}</Field>
              <Field label={t('workOrders.fields.assignees')}>
                {workOrder.assigneeIds.length > 0 ? (
                  <Group gap="sm">
                    {workOrder.assigneeIds.map((userId) => (
                      <UserLink key={userId} id={userId} />
                    ))}
                  </Group>
                ) : null}
              </Field>
              <Field label={t('workOrders.fields.project')}>{workOrder.projectId ? <ProjectLink id={workOrder.projectId} /> : null}</Field>
              {workOrder.internalCost !== undefined && <Field label={t('workOrders.fields.internalCost')}>{workOrder.internalCost === null ? null : format.cents(workOrder.internalCost)}</Field>}
              <Field label={t('workOrders.fields.description')} span>
                {workOrder.description}
              </Field>
            </FieldGrid>
            <Tabs defaultValue="notes" keepMounted={false}>
              <Tabs.List>
                <Tabs.Tab value="notes" leftSection={<Icon name="messages" size={16} />}>
                  {t('notes.title')}
                </Tabs.Tab>
                <Tabs.Tab value="files" leftSection={<Icon name="paperclip" size={16} />}>
                  {t('files.title')}
                </Tabs.Tab>
                <Tabs.Tab value="reports" leftSection={<Icon name="fileText" size={16} />}>
                  {t('serviceReports.tab')}
                </Tabs.Tab>
              </Tabs.List>
              <Tabs.Panel value="notes" pt="md">
                <NotesThread
                  query={notes}
                  pagination={notesPage}
                  renderAuthor={(userId) => (userId ? <UserLink id={userId} /> : t('notes.system'))}
                  onAdd={(input) => addNote.mutateAsync(input)}
                  adding={addNote.isPending}
                  canAdd={canWork}
                  labels={{ title: t('notes.title'), empty: t('notes.empty'), placeholder: t('notes.placeholder'), submit: t('notes.add'), failed: t('notes.failed') }}
                />
              </Tabs.Panel>
              <Tabs.Panel value="files" pt="md">
                <FilesPanel resourceType="work_order" resourceId={workOrder.id} canEdit={canWork} />
              </Tabs.Panel>
              <Tabs.Panel value="reports" pt="md">
                <WorkOrderReportsPanel workOrder={workOrder} canIssue={canWork} />
              </Tabs.Panel>
            </Tabs>
          </Stack>
        </Grid.Col>
        <Grid.Col span={{ base: 12, lg: 4 }}>
          <Stack gap="lg">
            {canWork && !workOrder.archivedAt && <WorkOrderStatusSelect workOrder={workOrder} />}
            <StaffApprovalPanel recordType="work_order" record={workOrder} canWork={canWork && !workOrder.archivedAt} requestable={workOrder.status === 'completed'} />
            <Stack gap="xs">
              <Title order={2} fz="h4">
                {t('flags.title')}
              </Title>
              <FlagsEditor resourceType="work_order" resourceId={workOrder.id} canEdit={canWork} />
            </Stack>
            <Stack gap="xs">
              <Title order={2} fz="h4">
                {t('tasks.title')}
              </Title>
              <TasksPanel owner="work-orders" ownerId={workOrder.id} canEdit={canWork} internal />
            </Stack>
          </Stack>
        </Grid.Col>
      </Grid>
      <WorkOrderFormDrawer opened={editOpened} onClose={edit.close} workOrder={workOrder} />
    </Stack>
  );
}
