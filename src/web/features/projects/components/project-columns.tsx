import { Group, Progress, Text } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { EnumBadge } from '../../../components/enum-badge';
import type { Column } from '../../../components/resource-table';
import { useFormat } from '../../../lib/format';
import { CustomerLink } from '../../customers/components/customer-link';
import { FlagBadges } from '../../flags/components/flag-badge';
import type { Project } from '../types';

export function useProjectColumns({ withCustomer = true }: { withCustomer?: boolean } = {}): Column<Project>[] {
  const { t } = useTranslation();
  const format = useFormat();
  const columns: Column<Project>[] = [
    { key: 'number', header: t('common.number'), render: (p) => <Text span size="sm" ff="monospace" fw={500}>{p.number}</Text>, width: 110, nowrap: true },
    {
      key: 'name',
      header: t('projects.fields.name'),
      render: (p) => (
        <Group gap={6} component="span">
          {p.name}
          <FlagBadges flags={p.flags} />
        </Group>
      ),
    },
  ];
  if (withCustomer) columns.push({ key: 'customer', header: t('common.customer'), render: (p) => <CustomerLink id={p.customerId} />, visibleFrom: 'md' });
  columns.push(
    { key: 'status', header: t('common.status'), render: (p) => <EnumBadge group="projectStatus" value={p.status} />, nowrap: true },
    {
      key: 'progress',
      header: t('projects.fields.progress'),
      render: (p) => (
        <Group gap={8} wrap="nowrap">
          <Progress value={p.progress} w={80} size="sm" aria-label={t('projects.progressLabel', { progress: p.progress })} />
          <Text span size="xs" c="dimmed">
            {p.progress} %
          </Text>
        </Group>
      ),
      visibleFrom: 'sm',
    },
    { key: 'due', header: t('projects.fields.dueDate'), render: (p) => format.date(p.dueDate), visibleFrom: 'lg', nowrap: true },
  );
  return columns;
}
