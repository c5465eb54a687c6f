import { Anchor, Button, Checkbox, Group, Paper, Progress, SimpleGrid, Stack, Table, Text } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { Link, useParams } from 'react-router';
import { Field, FieldGrid } from '../../components/field-grid';
import { Icon } from '../../components/icons';
import { useFormat } from '../../lib/format';
import { useProject } from '../api/records';
import { DetailState, PortalErrorAlert, PortalLoader } from '../components/detail-state';
import { FilesSection } from '../components/files-section';
import { PortalPageHeader } from '../components/page-header';
import { PortalList } from '../components/portal-list';
import { SiteName } from '../components/record-names';
import { Section, TextCard } from '../components/section';
import { FlagBadges, StatusBadge } from '../components/status-badge';
import { usePortalAccess } from '../lib/portal-me';
import type { Project } from '../lib/types';
import { usePortalList } from '../lib/use-portal-list';
import { DeviceRow } from './project-devices-page';

function Tasks({ project }: { project: Project }) {
  const { t } = useTranslation('portal');
  const tasks = usePortalList('/projects/{id}/tasks', {}, { limit: 200, path: { id: project.id } });
  const items = tasks.data?.pages.flatMap((page) => page.items) ?? [];
  const done = items.filter((task) => task.done).length;
  return (
    <Section title={t('projects.tasks')} count={items.length || undefined}>
      {tasks.isPending ? (
        <PortalLoader />
      ) : tasks.isError ? (
        <PortalErrorAlert title={t('common.loadFailed')} error={tasks.error} />
      ) : items.length === 0 ? (
        <Paper withBorder radius="md" p="md">
          <Text size="sm" c="dimmed">
            {t('projects.noTasks')}
          </Text>
        </Paper>
      ) : (
        <Paper withBorder radius="md" p="md">
          <Text size="xs" c="dimmed" mb="sm">
            {t('projects.tasksDone', { done, total: items.length })}
          </Text>
          <Stack gap={10} component="ul" style={{ listStyle: 'none', margin: 0, padding: 0 }} aria-label={t('projects.tasks')}>
            {[...items]
              .sort((a, b) => a.position - b.position)
              .map((task) => (
                <li key={task.id}>
                  <Checkbox
                    checked={task.done}
                    readOnly
                    tabIndex={-1}
                    label={
                      <Text size="sm" td={task.done ? 'line-through' : undefined} c={task.done ? 'dimmed' : undefined}>
                        {task.title}
                      </Text>
                    }
                    color="green"
                    aria-label={`${task.title}: ${task.done ? t('projects.taskDone') : t('projects.taskOpen')}`}
                    styles={{ input: { cursor: 'default' }, label: { cursor: 'default' } }}
                  />
                </li>
              ))}
          </Stack>
        </Paper>
      )}
    </Section>
  );
}

function Parts({ project }: { project: Project }) {
  const { t } = useTranslation('portal');
  const parts = usePortalList('/projects/{id}/parts', {}, { limit: 100, path: { id: project.id } });
  const items = parts.data?.pages.flatMap((page) => page.items) ?? [];
  return (
    <Section title={t('projects.parts')} count={items.length || undefined}>
      {parts.isPending ? (
        <PortalLoader />
      ) : parts.isError ? (
        <PortalErrorAlert title={t('common.loadFailed')} error={parts.error} />
      ) : items.length === 0 ? (
        <Paper withBorder radius="md" p="md">
          <Text size="sm" c="dimmed">
            {t('projects.noParts')}
          </Text>
        </Paper>
      ) : (
        <Paper withBorder radius="md" style={{ overflow: 'hidden' }}>
          <Table.ScrollContainer minWidth={460} type="native">
            <Table verticalSpacing="sm" horizontalSpacing="md" aria-label={t('projects.parts')} striped>
              <Table.Thead>
                <Table.Tr>
                  <Table.Th>{t('projects.partDescription')}</Table.Th>
                  <Table.Th>{t('projects.partNumber')}</Table.Th>
                  <Table.Th ta="right">{t('projects.quantity')}</Table.Th>
                  <Table.Th>{t('projects.partStatus')}</Table.Th>
                </Table.Tr>
              </Table.Thead>
              <Table.Tbody>
                {items.map((part) => (
                  <Table.Tr key={part.id}>
                    <Table.Td fw={500}>{part.description}</Table.Td>
                    <Table.Td c="dimmed" ff="monospace" fz="xs">
                      {part.partNumber ?? '—'}
                    </Table.Td>
                    <Table.Td ta="right">{part.quantity}</Table.Td>
                    <Table.Td>
                      <StatusBadge group="partStatus" value={part.status} />
                    </Table.Td>
                  </Table.Tr>
                ))}
              </Table.Tbody>
            </Table>
          </Table.ScrollContainer>
        </Paper>
      )}
    </Section>
  );
}

function Reports({ project }: { project: Project }) {
  const { t } = useTranslation('portal');
  const format = useFormat();
  const reports = usePortalList('/projects/{id}/reports', {}, { limit: 20, path: { id: project.id } });
  const items = reports.data?.pages.flatMap((page) => page.items) ?? [];
  return (
    <Section title={t('projects.reports')} count={items.length || undefined}>
      {reports.isPending ? (
        <PortalLoader />
      ) : reports.isError ? (
        <PortalErrorAlert title={t('common.loadFailed')} error={reports.error} />
      ) : items.length === 0 ? (
        <Paper withBorder radius="md" p="md">
          <Text size="sm" c="dimmed">
            {t('projects.noReports')}
          </Text>
        </Paper>
      ) : (
        <Stack gap="sm">
          {items.map((report) => (
            <Paper key={report.id} withBorder radius="md" p="md" component="article">
              <Group justify="space-between" gap="xs" mb={4}>
                <Text fw={600} size="sm">
                  {report.title}
                </Text>
                <Text size="xs" c="dimmed">
                  {format.date(report.reportDate)}
                </Text>
              </Group>
              {report.summary && (
                <Text size="sm" c="dark.5" style={{ whiteSpace: 'pre-wrap' }}>
                  {report.summary}
                </Text>
              )}
            </Paper>
          ))}
        </Stack>
      )}
    </Section>
  );
}

function DevicesPreview({ project }: { project: Project }) {
  const { t } = useTranslation('portal');
  const devices = usePortalList('/projects/{id}/devices', { sort: 'name' }, { limit: 5, path: { id: project.id } });
  return (
    <Section
      title={t('projects.devices')}
      action={
        <Anchor component={Link} to={`/portal/projects/${project.id}/devices`} size="sm" fw={500}>
          {t('projects.allDevices')}
        </Anchor>
      }
    >
      <PortalList
        label={t('projects.devices')}
        query={devices}
        showMore={false}
        compactEmpty
        skeletonRows={2}
        empty={{ icon: 'box', title: t('projects.noDevicesTitle'), message: t('projects.noDevicesMessage') }}
        renderRow={(device) => <DeviceRow device={device} />}
      />
    </Section>
  );
}

function ProjectDetail({ project }: { project: Project }) {
  const { t } = useTranslation('portal');
  const format = useFormat();
  const access = usePortalAccess();
  return (
    <Stack gap="xl">
      <PortalPageHeader
        title={project.name}
        back={{ to: '/portal/projects', label: t('projects.back') }}
        subtitle={`${project.number} · ${t(`enums.projectKind.${project.kind}`, { defaultValue: project.kind })}`}
        badges={
          <>
            <StatusBadge group="projectStatus" value={project.status} size="md" />
            <FlagBadges flags={project.flags} />
          </>
        }
        actions={
          access.has('devices') ? (
            <Button component={Link} to={`/portal/projects/${project.id}/devices`} variant="default" leftSection={<Icon name="box" size={16} />}>
              {t('projects.devices')}
            </Button>
          ) : undefined
        }
      />
      <Paper withBorder radius="md" p="lg">
        <Group justify="space-between" mb="xs">
          <Text fw={600}>{t('projects.installationProgress')}</Text>
          <Text fw={700} fz="xl" c="indigo.7">
            {t('projects.percent', { value: project.progress })}
          </Text>
        </Group>
        <Progress value={project.progress} size="lg" radius="xl" color={project.progress >= 100 ? 'green' : 'indigo'} aria-label={t('projects.progress')} striped={project.status === 'active'} />
      </Paper>
      <FieldGrid cols={4}>
        <Field label={t('projects.site')}>{project.siteId ? <SiteName siteId={project.siteId} /> : null}</Field>
        <Field label={t('projects.start')}>{project.startDate ? format.date(project.startDate) : null}</Field>
        <Field label={t('projects.due')}>{project.dueDate ? format.date(project.dueDate) : null}</Field>
        <Field label={t('projects.kind')}>{t(`enums.projectKind.${project.kind}`, { defaultValue: project.kind })}</Field>
      </FieldGrid>
      {project.description && (
        <Section title={t('projects.description')}>
          <TextCard>{project.description}</TextCard>
        </Section>
      )}
      <SimpleGrid cols={{ base: 1, lg: 2 }} spacing="xl">
        <Tasks project={project} />
        <Reports project={project} />
      </SimpleGrid>
      <Parts project={project} />
      {access.has('devices') && <DevicesPreview project={project} />}
      <FilesSection resourceType="project" resourceId={project.id} siteId={project.siteId} />
    </Stack>
  );
}

/** /portal/projects/:id: progress, tasks, parts list, reports, devices and files of a project. */
export function ProjectDetailPage() {
  const { id } = useParams();
  const project = useProject(id);
  return <DetailState query={project}>{(data) => <ProjectDetail project={data} />}</DetailState>;
}
