import { Group, Progress, Stack, Text } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { useFormat } from '../../lib/format';
import { ListToolbar, useUrlFilters } from '../components/list-toolbar';
import { PortalPageHeader } from '../components/page-header';
import { ListRow, MetaLine, PortalList } from '../components/portal-list';
import { FlagBadges, StatusBadge } from '../components/status-badge';
import { StatusFilter } from '../components/status-filter';
import { useSiteFilter } from '../lib/site-filter';
import { usePortalList } from '../lib/use-portal-list';

export function ProjectProgress({ value, width = 140 }: { value: number; width?: number | string }) {
  const { t } = useTranslation('portal');
  return (
    <Group gap="xs" wrap="nowrap">
      <Progress value={value} size="sm" radius="xl" w={width} color={value >= 100 ? 'green' : 'indigo'} aria-label={t('projects.progress')} />
      <Text span size="xs" fw={600} c="dark.5">
        {t('projects.percent', { value })}
      </Text>
    </Group>
  );
}

/** /portal/projects: design and installation projects with their progress. */
export function ProjectsPage() {
  const { t } = useTranslation('portal');
  const format = useFormat();
  const site = useSiteFilter();
  const filters = useUrlFilters(['q', 'status'] as const);
  const projects = usePortalList('/projects', { ...site.params, q: filters.values.q || undefined, status: filters.values.status || undefined, sort: '-createdAt' }, {});
  return (
    <Stack gap="lg">
      <PortalPageHeader title={t('projects.title')} subtitle={t('projects.subtitle')} />
      <ListToolbar q={filters.values.q} onSearch={(q) => filters.set('q', q)} searchLabel={t('projects.search')}>
        <StatusFilter
          label={t('common.statusFilter')}
          value={filters.values.status}
          onChange={(value) => filters.set('status', value)}
          options={[
            { value: '', label: t('common.all') },
            { value: 'active', label: t('enums.projectStatus.active') },
            { value: 'planned', label: t('enums.projectStatus.planned') },
            { value: 'completed', label: t('enums.projectStatus.completed') },
          ]}
        />
      </ListToolbar>
      <PortalList
        label={t('projects.title')}
        query={projects}
        filtered={filters.filtered || site.siteId !== null}
        empty={{ icon: 'layoutKanban', title: t('projects.emptyTitle'), message: t('projects.emptyMessage') }}
        renderRow={(project) => (
          <ListRow
            to={`/portal/projects/${project.id}`}
            icon="layoutKanban"
            title={project.name}
            meta={
              <Stack gap={6}>
                <MetaLine parts={[project.number, t(`enums.projectKind.${project.kind}`, { defaultValue: project.kind }), project.dueDate ? t('projects.dueOn', { date: format.date(project.dueDate) }) : null]} />
                <ProjectProgress value={project.progress} />
              </Stack>
            }
            aside={
              <>
                <FlagBadges flags={project.flags} />
                <StatusBadge group="projectStatus" value={project.status} />
              </>
            }
          />
        )}
      />
    </Stack>
  );
}
