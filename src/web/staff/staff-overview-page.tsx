import { Card, Group, SimpleGrid, Stack, Text, ThemeIcon, Title } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { Icon } from '../components/icons';
import { useSignedInUser } from '../features/auth/use-signed-in-user';
import { usePageTitle } from '../lib/use-page-title';
import { ErrorAlert } from '../components/error-alert';
import { StaffHomeCharts } from './home/staff-home-charts';
import { useStaffHome } from './home/staff-home-api';
import { StaffQueues } from './home/staff-queues';
import { areasVisibleTo } from './staff-areas';
import classes from './staff-overview-page.module.css';

/** /staff: a greeting, the work queues and two charts, then a card per area, the doors into the back office. */
export function StaffOverviewPage() {
  const { t } = useTranslation();
  const me = useSignedInUser();
  const home = useStaffHome();
  usePageTitle(t('staff.nav.overview'));
  return (
    <Stack gap="lg">
      <div>
        <Title order={1} fz="h2">
          {t('staff.overviewTitle', { name: me.displayName })}
        </Title>
        <Text c="dimmed" mt={4}>
          {t('staff.overviewIntro')}
        </Text>
      </div>
      {home.error && <ErrorAlert title={t('staff.home.loadFailed')} error={home.error} />}
      <StaffQueues home={home.data} roles={me.roles} />
      <StaffHomeCharts home={home.data} />
      <Title order={2} fz="h4" mt="sm">
        {t('staff.home.areas')}
      </Title>
      <SimpleGrid cols={{ base: 1, xs: 2, lg: 3 }} spacing="md">
        {areasVisibleTo(me.roles).map((area) => (
          <Card key={area.key} component={Link} to={`/staff/${area.path}`} withBorder radius="md" padding="lg" className={classes.areaCard}>
            <Group wrap="nowrap" align="flex-start" gap="md">
              <ThemeIcon variant="light" size={40} radius="md">
                <Icon name={area.icon} size={22} />
              </ThemeIcon>
              <div>
                <Text fw={600}>{t(`staff.nav.${area.key}`)}</Text>
                <Text size="sm" c="dimmed">
                  {t(`staff.areaDescriptions.${area.key}`)}
                </Text>
              </div>
            </Group>
          </Card>
        ))}
      </SimpleGrid>
    </Stack>
  );
}
