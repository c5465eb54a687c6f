import { Stack } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { NavItem } from '../layouts/nav-item';
import { ShellLayout } from '../layouts/shell-layout';

/** The customer portal frame; areas (assets, work orders, tickets, …) join the navbar as they are built. */
export function PortalLayout() {
  const { t } = useTranslation();
  const navbar = (
    <Stack gap={2}>
      <NavItem to="/portal" end label={t('portal.nav.dashboard')} icon="home" />
    </Stack>
  );
  return <ShellLayout areaLabel={t('app.portal')} navbar={navbar} />;
}
