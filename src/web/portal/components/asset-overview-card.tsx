import { DonutChart } from '@mantine/charts';
import { Anchor, Box, ColorSwatch, Group, Paper, Skeleton, Stack, Text, ThemeIcon, Title } from '@mantine/core';
import type { MantineColor } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { Icon } from '../../components/icons';
import type { ListParams } from '../../lib/resource';
import { useAssetOverview } from '../api/asset-overview';
import type { AssetOverview } from '../api/asset-overview';
import { PortalErrorAlert } from './detail-state';

type Slice = 'overdue' | 'dueSoon' | 'inRepair' | 'outOfService' | 'ok';
const SLICES: readonly { key: Slice; color: MantineColor }[] = [
  { key: 'overdue', color: 'red.6' },
  { key: 'dueSoon', color: 'orange.5' },
  { key: 'inRepair', color: 'grape.5' },
  { key: 'outOfService', color: 'gray.5' },
  { key: 'ok', color: 'teal.6' },
];

/** The legend names each slice and its count, so the chart is readable without telling colours apart. */
function Legend({ overview }: { overview: AssetOverview }) {
  const { t } = useTranslation('portal');
  return (
    <Stack gap={6} component="ul" style={{ listStyle: 'none', margin: 0, padding: 0 }}>
      {SLICES.map((slice) => (
        <Group key={slice.key} component="li" gap="xs" wrap="nowrap">
          <ColorSwatch color={`var(--mantine-color-${slice.color.replace('.', '-')})`} size={12} withShadow={false} />
          <Text size="sm" style={{ flex: 1 }}>
            {t(`dashboard.assetOverview.${slice.key}`)}
          </Text>
          <Text size="sm" fw={600}>
            {overview[slice.key]}
          </Text>
        </Group>
      ))}
    </Stack>
  );
}

/** How the user's assets stand (ok, due soon, overdue, in repair, out of service), for the chosen site. */
export function AssetOverviewCard({ siteParams }: { siteParams: ListParams }) {
  const { t } = useTranslation('portal');
  const overview = useAssetOverview(siteParams, true);
  const data = overview.data;
  const title = t('dashboard.assetOverview.title');
  const slices = data
    ? SLICES.filter((slice) => data[slice.key] > 0).map((slice) => ({ name: t(`dashboard.assetOverview.${slice.key}`), value: data[slice.key], color: slice.color }))
    : [];
  return (
    <Paper withBorder radius="md" component="section" aria-label={title} style={{ overflow: 'hidden' }}>
      <Group justify="space-between" px="md" py="sm" gap="xs" style={{ borderBottom: '1px solid var(--mantine-color-default-border)' }} bg="white">
        <Group gap="sm" wrap="nowrap">
          <ThemeIcon variant="light" radius="md" size={30}>
            <Icon name="box" size={16} />
          </ThemeIcon>
          <Title order={2} fz="h5">
            {title}
          </Title>
        </Group>
        <Anchor component={Link} to="/portal/assets" size="sm" fw={500}>
          {t('dashboard.viewAll')}
        </Anchor>
      </Group>
      <Box p="md">
        {overview.error ? (
          <PortalErrorAlert title={t('common.loadFailed')} error={overview.error} />
        ) : !data ? (
          <Skeleton height={160} />
        ) : data.total === 0 ? (
          <Text c="dimmed" size="sm">
            {t('dashboard.assetOverview.none')}
          </Text>
        ) : (
          <Group gap="xl" wrap="nowrap" align="center">
            <DonutChart
              size={150}
              thickness={22}
              chartLabel={data.capped ? `${data.total}+` : data.total}
              tooltipDataSource="segment"
              data={slices}
              // A lone slice would show its seam as a white line.
              strokeWidth={slices.length > 1 ? 1 : 0}
              aria-hidden
            />
            <Box style={{ flex: 1 }}>
              <Legend overview={data} />
            </Box>
          </Group>
        )}
      </Box>
    </Paper>
  );
}
