import { Button, Group, Paper, Skeleton, Stack, Text, TextInput, Textarea, Title } from '@mantine/core';
import { useDisclosure } from '@mantine/hooks';
import { useTranslation } from 'react-i18next';
import { EmptyState } from '../../../components/empty-state';
import { ErrorAlert } from '../../../components/error-alert';
import { Icon } from '../../../components/icons';
import { emptyToNull, useApiForm } from '../../../lib/api-form';
import { useFormat } from '../../../lib/format';
import { PAGE_SIZE } from '../../../lib/resource';
import { useLocalCursorPagination } from '../../../lib/use-cursor-pagination';
import { useCreateProjectReport } from '../api/create-project-report';
import { useProjectReports } from '../api/list-project-reports';

/** Progress reports of a project, newest first; staff add one with a title, date and summary. */
export function ReportsPanel({ projectId, canEdit }: { projectId: string; canEdit: boolean }) {
  const { t } = useTranslation();
  const format = useFormat();
  const pagination = useLocalCursorPagination(projectId);
  const reports = useProjectReports(projectId, { cursor: pagination.cursor, limit: PAGE_SIZE });
  const [formOpened, form] = useDisclosure(false);
  const items = reports.data?.items ?? [];

  return (
    <Stack gap="sm">
      {canEdit && !formOpened && (
        <Group justify="flex-end">
          <Button variant="light" leftSection={<Icon name="plus" size={16} />} onClick={form.open}>
            {t('projects.reports.add')}
          </Button>
        </Group>
      )}
      {formOpened && <AddReportForm projectId={projectId} onDone={form.close} />}
      {reports.isPending ? (
        <Skeleton height={80} radius="md" />
      ) : reports.isError ? (
        <ErrorAlert title={t('table.loadFailed')} error={reports.error} />
      ) : items.length === 0 ? (
        <Paper withBorder radius="md">
          <EmptyState icon="fileText" title={t('projects.reports.emptyTitle')} message={t('projects.reports.empty')} />
        </Paper>
      ) : (
        items.map((report) => (
          <Paper key={report.id} withBorder radius="md" p="md" component="article">
            <Group justify="space-between" mb={4}>
              <Title order={3} fz="md">
                {report.title}
              </Title>
              <Text size="sm" c="dimmed">
                {format.date(report.reportDate)}
              </Text>
            </Group>
            {report.summary && (
              <Text size="sm" style={{ whiteSpace: 'pre-wrap' }}>
                {report.summary}
              </Text>
            )}
          </Paper>
        ))
      )}
      {(pagination.hasPrevious || reports.data?.nextCursor) && (
        <Group justify="center" gap="xs">
          <Button variant="default" size="xs" disabled={!pagination.hasPrevious} onClick={pagination.goPrevious}>
            {t('table.previous')}
          </Button>
          <Button variant="default" size="xs" disabled={!reports.data?.nextCursor} onClick={() => reports.data?.nextCursor && pagination.goNext(reports.data.nextCursor)}>
            {t('table.next')}
          </Button>
        </Group>
      )}
    </Stack>
  );
}

interface ReportValues extends Record<string, unknown> {
  title: string;
  reportDate: string;
  summary: string;
}

function AddReportForm({ projectId, onDone }: { projectId: string; onDone: () => void }) {
  const { t } = useTranslation();
  const form = useApiForm<ReportValues>({ title: '', reportDate: '', summary: '' });
  const create = useCreateProjectReport(projectId);

  async function submit(values: ReportValues) {
    await create.mutateAsync({ title: values.title.trim(), summary: emptyToNull(values.summary), ...(values.reportDate ? { reportDate: values.reportDate } : {}) });
    onDone();
  }

  return (
    <Paper withBorder radius="md" p="md">
      <form onSubmit={form.onSubmit(submit)} noValidate aria-label={t('projects.reports.add')}>
        <Stack gap="sm">
          <ErrorAlert title={t('form.saveFailed')} error={form.formError} />
          <Group align="flex-start" gap="sm" wrap="wrap">
            <TextInput label={t('projects.reports.reportTitle')} required {...form.text('title')} style={{ flex: '1 1 240px' }} />
            <TextInput label={t('projects.reports.date')} description={t('projects.reports.dateHint')} type="date" {...form.text('reportDate')} w={180} />
          </Group>
          <Textarea label={t('projects.reports.summary')} autosize minRows={3} maxRows={10} {...form.text('summary')} />
          <Group justify="flex-end" gap="sm">
            <Button variant="default" onClick={onDone}>
              {t('app.cancel')}
            </Button>
            <Button type="submit" loading={form.submitting}>
              {t('projects.reports.add')}
            </Button>
          </Group>
        </Stack>
      </form>
    </Paper>
  );
}
