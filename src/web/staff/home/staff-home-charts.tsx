import { BarChart, CompositeChart } from '@mantine/charts';
import { Paper, SimpleGrid, Skeleton, Text, Title } from '@mantine/core';
import type { ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import type { StaffHome } from './staff-home-api';

function ChartCard({ title, note, children }: { title: string; note: string; children: ReactNode }) {
  return (
    <Paper withBorder radius="md" p="md" component="section" aria-label={title}>
      <Title order={2} fz="h5">
        {title}
      </Title>
      <Text size="xs" c="dimmed" mb="sm">
        {note}
      </Text>
      {children}
    </Paper>
  );
}

function useShortDates() {
  const { i18n } = useTranslation();
  const locale = (i18n.resolvedLanguage ?? 'en').startsWith('de') ? 'de-DE' : 'en-US';
  const day = new Intl.DateTimeFormat(locale, { day: 'numeric', month: 'short', timeZone: 'UTC' });
  const month = new Intl.DateTimeFormat(locale, { month: 'short', year: 'numeric', timeZone: 'UTC' });
  return { day: (iso: string) => day.format(new Date(`${iso}T00:00:00Z`)), month: (yyyyMm: string) => month.format(new Date(`${yyyyMm}-01T00:00:00Z`)) };
}

/** Tickets raised and resolved per week (bars) and the open backlog at each week's end (line). */
function TicketsChart({ weeks }: { weeks: StaffHome['ticketsByWeek'] }) {
  const { t } = useTranslation();
  const dates = useShortDates();
  const data = weeks.map((week) => ({ week: dates.day(week.weekStart), created: week.created, resolved: week.resolved, open: week.open }));
  return (
    <CompositeChart
      h={260}
      data={data}
      dataKey="week"
      withLegend
      maxBarWidth={18}
      curveType="linear"
      yAxisProps={{ allowDecimals: false }}
      series={[
        { name: 'created', label: t('staff.home.charts.created'), color: 'blue.6', type: 'bar' },
        { name: 'resolved', label: t('staff.home.charts.resolved'), color: 'teal.6', type: 'bar' },
        { name: 'open', label: t('staff.home.charts.open'), color: 'orange.6', type: 'line' },
      ]}
    />
  );
}

/** Assets due per month for the next twelve months, with the overdue ones as a first, red bar. */
function AssetsDueChart({ assetsDue }: { assetsDue: StaffHome['assetsDue'] }) {
  const { t } = useTranslation();
  const dates = useShortDates();
  const data = [
    { label: t('staff.home.charts.overdue'), overdue: assetsDue.overdue.count, due: 0 },
    ...assetsDue.months.map((month) => ({ label: dates.month(month.month), overdue: 0, due: month.count })),
  ];
  return (
    <BarChart
      h={260}
      data={data}
      dataKey="label"
      type="stacked"
      withLegend
      yAxisProps={{ allowDecimals: false }}
      maxBarWidth={24}
      series={[
        { name: 'overdue', label: t('staff.home.charts.overdue'), color: 'red.6' },
        { name: 'due', label: t('staff.home.charts.due'), color: 'cyan.6' },
      ]}
    />
  );
}

export function StaffHomeCharts({ home }: { home: StaffHome | undefined }) {
  const { t } = useTranslation();
  const capped = home && (home.ticketsByWeek.some((week) => week.capped) || home.assetsDue.overdue.capped || home.assetsDue.months.some((month) => month.capped));
  return (
    <SimpleGrid cols={{ base: 1, lg: 2 }} spacing="md">
      <ChartCard title={t('staff.home.charts.ticketsTitle')} note={t('staff.home.charts.ticketsNote')}>
        {home ? <TicketsChart weeks={home.ticketsByWeek} /> : <Skeleton h={260} />}
      </ChartCard>
      <ChartCard title={t('staff.home.charts.assetsTitle')} note={capped ? t('staff.home.charts.cappedNote') : t('staff.home.charts.assetsNote')}>
        {home ? <AssetsDueChart assetsDue={home.assetsDue} /> : <Skeleton h={260} />}
      </ChartCard>
    </SimpleGrid>
  );
}
