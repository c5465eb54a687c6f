import { Group, Paper, Stack, Text } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { useUrlFilters } from '../components/list-toolbar';
import { PortalPageHeader } from '../components/page-header';
import { MetaLine, PortalList } from '../components/portal-list';
import { SiteName } from '../components/record-names';
import { StatusBadge } from '../components/status-badge';
import { StatusFilter } from '../components/status-filter';
import { isoDayFromToday } from '../lib/dates';
import { useSiteFilter } from '../lib/site-filter';
import type { ScheduleEntry } from '../lib/types';
import { usePortalList } from '../lib/use-portal-list';
import { useUpcomingOccurrences } from '../api/schedule';
import { useTimeRange } from '../lib/use-time-range';

function DateTile({ iso }: { iso: string }) {
  const { i18n } = useTranslation('portal');
  const date = new Date(iso);
  const locale = i18n.resolvedLanguage === 'de' ? 'de-DE' : 'en-US';
  return (
    <Paper radius="md" bg="indigo.0" w={56} py={6} ta="center" style={{ flexShrink: 0 }} aria-hidden="true">
      <Text size="xs" fw={700} c="indigo.7" tt="uppercase" lh={1.2}>
        {new Intl.DateTimeFormat(locale, { month: 'short' }).format(date)}
      </Text>
      <Text fw={750} fz={22} lh={1.1} c="indigo.9">
        {date.getDate()}
      </Text>
    </Paper>
  );
}

function ScheduleRow({ entry }: { entry: ScheduleEntry }) {
  const { t } = useTranslation('portal');
  const timeRange = useTimeRange();
  const range = timeRange(entry.startsAt, entry.endsAt);
  return (
    <Group gap="md" wrap="nowrap" px="md" py="sm" align="center">
      <DateTile iso={entry.startsAt} />
      <Stack gap={2} style={{ flex: 1, minWidth: 0 }}>
        <Text fw={600} size="sm">
          {entry.title}
        </Text>
        <Text size="xs" c="dimmed" component="div">
          <MetaLine parts={[range, entry.siteId ? <SiteName key="site" siteId={entry.siteId} /> : null, entry.recurrence ? t(`enums.recurrence.${entry.recurrence}`, { defaultValue: entry.recurrence }) : null]} />
        </Text>
        {entry.notes && (
          <Text size="xs" c="dark.4" mt={2}>
            {entry.notes}
          </Text>
        )}
      </Stack>
      <StatusBadge group="scheduleKind" value={entry.kind} color={entry.kind === 'visit' ? 'teal' : 'cyan'} />
    </Group>
  );
}

/** /portal/schedule: planned visits and rounds assigned to the user; upcoming shows every round of a series. */
export function SchedulePage() {
  const { t } = useTranslation('portal');
  const site = useSiteFilter();
  const filters = useUrlFilters(['when'] as const);
  const past = filters.values.when === 'past';
  const today = isoDayFromToday(0);
  const pastEntries = usePortalList('/schedule-entries', { ...site.params, to: today, sort: '-startsAt' }, { enabled: past });
  const upcoming = useUpcomingOccurrences(site.params);
  const entries = past ? pastEntries : upcoming;
  return (
    <Stack gap="lg">
      <PortalPageHeader title={t('schedule.title')} subtitle={t('schedule.subtitle')} />
      <Group>
        <StatusFilter
          label={t('schedule.when')}
          value={past ? 'past' : ''}
          onChange={(value) => filters.set('when', value)}
          options={[
            { value: '', label: t('schedule.upcoming') },
            { value: 'past', label: t('schedule.past') },
          ]}
        />
      </Group>
      <PortalList
        label={t('schedule.title')}
        query={entries}
        filtered={site.siteId !== null}
        empty={{ icon: 'calendar', title: past ? t('schedule.noPastTitle') : t('schedule.emptyTitle'), message: t('schedule.emptyMessage') }}
        rowKey={(entry) => `${entry.id}:${entry.startsAt}`}
        renderRow={(entry) => <ScheduleRow entry={entry} />}
      />
    </Stack>
  );
}
