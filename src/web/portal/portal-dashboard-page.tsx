import { Paper, Stack, Title } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { EmptyState } from '../components/empty-state';
import { useSignedInUser } from '../features/auth/use-signed-in-user';
import { usePageTitle } from '../lib/use-page-title';

/** /portal: the external user's start page (placeholder until the portal areas exist). */
export function PortalDashboardPage() {
  const { t } = useTranslation();
  const me = useSignedInUser();
  usePageTitle(t('portal.nav.dashboard'));
  return (
    <Stack gap="lg">
      <Title order={1} fz="h2">
        {t('portal.dashboardTitle', { name: me.displayName })}
      </Title>
      <Paper withBorder radius="md">
        <EmptyState icon="box" title={t('portal.emptyTitle')} message={t('portal.dashboardIntro')} />
      </Paper>
    </Stack>
  );
}
