import { Group, Text } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { EnumBadge } from '../../../components/enum-badge';
import type { Column } from '../../../components/resource-table';
import { useFormat } from '../../../lib/format';
import { CustomerLink } from '../../customers/components/customer-link';
import { SiteLink } from '../../sites/components/site-link';
import { UserLink } from '../../users/components/user-link';
import type { ScheduleEntry } from '../types';

export function useScheduleColumns(): Column<ScheduleEntry>[] {
  const { t } = useTranslation();
  const format = useFormat();
  return [
    { key: 'startsAt', header: t('schedule.fields.startsAt'), render: (entry) => format.dateTime(entry.startsAt), width: 190, nowrap: true },
    { key: 'title', header: t('schedule.fields.title'), render: (entry) => entry.title },
    { key: 'customer', header: t('common.customer'), render: (entry) => <CustomerLink id={entry.customerId} />, visibleFrom: 'sm' },
    { key: 'site', header: t('common.site'), render: (entry) => <SiteLink id={entry.siteId} />, visibleFrom: 'lg' },
    {
      key: 'kind',
      header: t('schedule.fields.kind'),
      render: (entry) => (
        <Group gap={6} wrap="nowrap">
          <EnumBadge group="scheduleKind" value={entry.kind} color={entry.kind === 'round' ? 'violet' : 'blue'} />
          {entry.recurrence && (
            <Text span size="xs" c="dimmed">
              {t(`enums.recurrence.${entry.recurrence}`)}
            </Text>
          )}
        </Group>
      ),
      visibleFrom: 'md',
    },
    {
      key: 'assignees',
      header: t('schedule.fields.assignees'),
      render: (entry) => (
        <Group gap={6}>
          {entry.assigneeIds.length === 0 ? '—' : entry.assigneeIds.map((id) => <UserLink key={id} id={id} />)}
        </Group>
      ),
      visibleFrom: 'lg',
    },
  ];
}
