import { Button, Grid, Group, Paper, Progress, Stack, Tabs, Text, Title } from '@mantine/core';
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
import type { Column } from '../../../components/resource-table';
import { useFormat } from '../../../lib/format';
import { useStaffCan } from '../../../lib/permissions';
import type { ListParams } from '../../../lib/resource';
import { CustomerLink } from '../../customers/components/customer-link';
import { FilesPanel } from '../../files/components/files-panel';
import { FlagsEditor } from '../../flags/components/flags-editor';
import { SiteLink } from '../../sites/components/site-link';
import { TasksPanel } from '../../tasks/components/tasks-panel';
import { useWorkOrders } from '../../work-orders/api/list-work-orders';
import { useWorkOrderColumns } from '../../work-orders/components/work-order-columns';
import { RecordPortalAccessButton } from '../../portal-access/components/record-portal-access-button';
import { useArchiveProject } from '../api/archive-project';
import { useProject } from '../api/get-project';
import { useProjectDevices } from '../api/list-project-devices';
import { PartsPanel } from '../components/parts-panel';
import { ProjectFormDrawer } from '../components/project-form';
import { ReportsPanel } from '../components/reports-panel';
import type { Device, Project } from '../types';
import { ArchivedBadge } from '../../../components/archived-badge';

/** /staff/projects/:id: progress, tasks, parts list, reports, devices, files (the SiteOwl project view). */
export function ProjectDetailPage() {
  const { id = '' } = useParams();
  const project = useProject(id);
  return <QueryState query={project}>{(data) => <ProjectDetail project={data} />}</QueryState>;
}

function ProjectDetail({ project }: { project: Project }) {
  const { t } = useTranslation();
  const navigate = useNavigate();
  const format = useFormat();
  const canWork = useStaffCan('manage_records');
  const archive = useArchiveProject();
  const [editOpened, edit] = useDisclosure(false);
  const useDevices = (params: ListParams) => useProjectDevices(project.id, params);
  const workOrderColumns = useWorkOrderColumns({ withCustomer: false });
  const deviceColumns: Column<Device>[] = [
    { key: 'name', header: t('assets.fields.name'), render: (device) => device.name },
    { key: 'category', header: t('assets.fields.category'), render: (device) => device.category ?? '—', visibleFrom: 'sm' },
    { key: 'serial', header: t('assets.fields.serialNumber'), render: (device) => device.serialNumber ?? '—', visibleFrom: 'md' },
    { key: 'status', header: t('common.status'), render: (device) => <EnumBadge group="assetStatus" value={device.status} /> },
  ];

  return (
    <Stack gap="lg">
      <PageHeader
        title={project.name}
        breadcrumbs={[{ label: t('staff.nav.projects'), to: '/staff/projects' }]}
        subtitle={
          <Text span size="sm">
            <Text span ff="monospace" inherit>
              {project.number}
            </Text>{' '}
            · {t(`enums.projectKind.${project.kind}`)}
          </Text>
        }
        badges={
          <Group gap={6}>
            <EnumBadge group="projectStatus" value={project.status} />
            <ArchivedBadge archivedAt={project.archivedAt} />
          </Group>
        }
        actions={
          canWork && (
            <>
              <RecordPortalAccessButton resourceType="project" resourceId={project.id} customerId={project.customerId} name={project.name} />
              <Button variant="default" leftSection={<Icon name="pencil" size={16} />} onClick={edit.open}>
                {t('app.edit')}
              </Button>
              {!project.archivedAt && <ConfirmArchiveButton name={project.name} onConfirm={() => archive.mutateAsync(project.id)} onArchived={() => void navigate('/staff/projects')} />}
            </>
          )
        }
      />
      <Paper withBorder radius="md" p="lg">
        <Group justify="space-between" mb={8}>
          <Text fw={600}>{t('projects.fields.progress')}</Text>
          <Text fw={700} fz="lg">
            {project.progress} %
          </Text>
        </Group>
        <Progress value={project.progress} size="lg" radius="xl" aria-label={t('projects.progressLabel', { progress: project.progress })} />
        <Text size="xs" c="dimmed" mt={6}>
          {t('projects.progressHint')}
        </Text>
      </Paper>
      <Grid gutter="lg">
        <Grid.Col span={{ base: 12, lg: 8 }}>
          <Stack gap="lg">
            <FieldGrid>
              <Field label={t('common.customer')}>
                <CustomerLink id={project.customerId} />
              </Field>
              <Field label={t('common.site')}>{project.siteId ? <SiteLink id={project.siteId} /> : null}</Field>
              <Field label={t('projects.fields.startDate')}>{project.startDate ? format.date(project.startDate) : null}</Field>
              <Field label={t('projects.fields.dueDate')}>{project.dueDate ? format.date(project.dueDate) : null}</Field>
              <Field label={t('common.updatedAt')}>{format.dateTime(project.updatedAt)}</Field>
              <Field label={t('projects.fields.description')} span>
                {project.description}
              </Field>
              {project.internalNotes !== undefined && (
                <Field label={t('projects.fields.internalNotes')} span>
                  {project.internalNotes}
                </Field>
              )}
            </FieldGrid>
            <Tabs defaultValue="parts" keepMounted={false}>
              <Tabs.List>
                <Tabs.Tab value="parts" leftSection={<Icon name="listDetails" size={16} />}>
                  {t('projects.parts.title')}
                </Tabs.Tab>
                <Tabs.Tab value="reports" leftSection={<Icon name="fileText" size={16} />}>
                  {t('projects.reports.title')}
                </Tabs.Tab>
                <Tabs.Tab value="devices" leftSection={<Icon name="box" size={16} />}>
                  {t('projects.devices.title')}
                </Tabs.Tab>
                <Tabs.Tab value="workOrders" leftSection={<Icon name="clipboardCheck" size={16} />}>
                  {t('projects.workOrders.title')}
                </Tabs.Tab>
                <Tabs.Tab value="files" leftSection={<Icon name="paperclip" size={16} />}>
                  {t('files.title')}
                </Tabs.Tab>
              </Tabs.List>
              <Tabs.Panel value="parts" pt="md">
                <PartsPanel projectId={project.id} canEdit={canWork} />
              </Tabs.Panel>
              <Tabs.Panel value="reports" pt="md">
                <ReportsPanel projectId={project.id} canEdit={canWork} />
              </Tabs.Panel>
              <Tabs.Panel value="devices" pt="md">
                <RelatedList
                  label={t('projects.devices.title')}
                  fixedParams={{}}
                  useList={useDevices}
                  columns={deviceColumns}
                  rowHref={(device) => `/staff/assets/${device.id}`}
                  searchLabel={t('assets.search')}
                  empty={{ icon: 'box', title: t('projects.devices.emptyTitle'), message: t('projects.devices.empty') }}
                />
              </Tabs.Panel>
              <Tabs.Panel value="workOrders" pt="md">
                <RelatedList
                  label={t('projects.workOrders.title')}
                  fixedParams={{ projectId: project.id }}
                  useList={useWorkOrders}
                  columns={workOrderColumns}
                  rowHref={(workOrder) => `/staff/work-orders/${workOrder.id}`}
                  empty={{ icon: 'clipboardCheck', title: t('projects.workOrders.emptyTitle'), message: t('projects.workOrders.empty') }}
                />
              </Tabs.Panel>
              <Tabs.Panel value="files" pt="md">
                <FilesPanel resourceType="project" resourceId={project.id} canEdit={canWork} />
              </Tabs.Panel>
            </Tabs>
          </Stack>
        </Grid.Col>
        <Grid.Col span={{ base: 12, lg: 4 }}>
          <Stack gap="lg">
            <Stack gap="xs">
              <Title order={2} fz="h4">
                {t('flags.title')}
              </Title>
              <FlagsEditor resourceType="project" resourceId={project.id} canEdit={canWork} />
            </Stack>
            <Stack gap="xs">
              <Title order={2} fz="h4">
                {t('tasks.title')}
              </Title>
              <TasksPanel owner="projects" ownerId={project.id} canEdit={canWork} />
            </Stack>
          </Stack>
        </Grid.Col>
      </Grid>
      <ProjectFormDrawer opened={editOpened} onClose={edit.close} project={project} />
    </Stack>
  );
}

