import { Paper, Stack, Title } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { EmptyState } from '../components/empty-state';
import { usePageTitle } from '../lib/use-page-title';
import type { StaffArea } from './staff-areas';

/** Placeholder for an area whose list is not built yet: its title and what will be here. */
export function StaffAreaPage({ area }: { area: StaffArea }) {
  const { t } = useTranslation();
  const title = t(`staff.nav.${area.key}`);
  usePageTitle(title);
  return (
    <Stack gap="lg">
      <Title order={1} fz="h2">
        {title}
      </Title>
      <Paper withBorder radius="md">
        <EmptyState icon={area.icon} title={t('staff.empty.title')} message={t(`staff.empty.${area.key}`)} />
      </Paper>
    </Stack>
  );
}
