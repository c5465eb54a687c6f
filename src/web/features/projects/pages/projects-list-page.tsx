import { CustomerFilter } from '../../customers/components/customer-filter';
import { Select, Stack } from '@mantine/core';
import { useDisclosure } from '@mantine/hooks';
import { useTranslation } from 'react-i18next';
import { useNavigate } from 'react-router';
import { PageHeader, NewRecordButton } from '../../../components/page-header';
import { ResourceTable } from '../../../components/resource-table';
import { useStaffCan } from '../../../lib/permissions';
import { useUrlListState } from '../../../lib/use-list-state';
import { useProjects } from '../api/list-projects';
import { useProjectColumns } from '../components/project-columns';
import { ProjectFormDrawer } from '../components/project-form';
import { PROJECT_KINDS, PROJECT_STATUSES } from '../types';

/** /staff/projects: design and installation projects with their progress. */
export function ProjectsListPage() {
  const { t } = useTranslation();
  const navigate = useNavigate();
  const canWork = useStaffCan('manage_records');
  const list = useUrlListState(['status', 'kind', 'customerId'] as const);
  const projects = useProjects(list.params);
  const columns = useProjectColumns();
  const [formOpened, form] = useDisclosure(false);

  return (
    <Stack gap="lg">
      <PageHeader
        title={t('staff.nav.projects')}
        subtitle={t('projects.intro')}
        actions={canWork && <NewRecordButton label={t('projects.new')} onClick={form.open} />}
      />
      <ResourceTable
        label={t('staff.nav.projects')}
        query={projects}
        columns={columns}
        list={list}
        searchLabel={t('projects.search')}
        filters={
          <>
            <Select
              aria-label={t('common.filterStatus')}
              placeholder={t('common.allStatuses')}
              data={PROJECT_STATUSES.map((status) => ({ value: status, label: t(`enums.projectStatus.${status}`) }))}
              value={list.filters.status ?? null}
              onChange={(value) => list.setFilter('status', value)}
              clearable
              w={{ base: '100%', sm: 170 }}
            />
            <Select
              aria-label={t('projects.filterKind')}
              placeholder={t('projects.allKinds')}
              data={PROJECT_KINDS.map((kind) => ({ value: kind, label: t(`enums.projectKind.${kind}`) }))}
              value={list.filters.kind ?? null}
              onChange={(value) => list.setFilter('kind', value)}
              clearable
              w={{ base: '100%', sm: 170 }}
            />
            <CustomerFilter list={list} width={240} />
          </>
        }
        rowHref={(project) => `/staff/projects/${project.id}`}
        empty={{ icon: 'layoutKanban', title: t('projects.emptyTitle'), message: t('projects.emptyMessage') }}
      />
      <ProjectFormDrawer opened={formOpened} onClose={form.close} customerId={list.filters.customerId} onSaved={(project) => void navigate(`/staff/projects/${project.id}`)} />
    </Stack>
  );
}
