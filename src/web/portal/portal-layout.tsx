import { Anchor, AppShell, Badge, Box, Burger, Divider, Group, ScrollArea, Stack, useMantineTheme } from '@mantine/core';
import { useDisclosure, useMediaQuery } from '@mantine/hooks';
import { useQueryClient } from '@tanstack/react-query';
import { useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link, Outlet, useLocation } from 'react-router';
import { FullPageLoader } from '../components/full-page-loader';
import { LanguagePicker } from '../components/language-picker';
import { meQueryKey, useMe } from '../features/auth/api/get-me';
import { Wordmark } from '../components/wordmark';
import { UserMenu } from '../features/auth/components/user-menu';
import { NotificationBell } from '../features/notifications/notification-bell';
import { useLocaleSync } from '../features/notifications/use-locale-sync';
import { NavItem } from '../layouts/nav-item';
import { PreviewBanner } from './components/preview-banner';
import { SiteSwitcher } from './components/site-switcher';
import { navEntriesFor } from './lib/portal-nav';
import { usePortalAccess } from './lib/portal-me';
import { SiteFilterProvider } from './lib/site-filter';
import type { PortalMe } from './lib/types';

function PortalNavbar() {
  const { t } = useTranslation('portal');
  const access = usePortalAccess();
  return (
    <>
      <AppShell.Section grow component={ScrollArea} type="scroll">
        <Stack gap={2}>
          {navEntriesFor(access).map((entry) => (
            <NavItem key={entry.key} to={entry.path} end={entry.end} label={t(`nav.${entry.key}`)} icon={entry.icon} />
          ))}
        </Stack>
      </AppShell.Section>
      <AppShell.Section>
        <Divider my="sm" />
        <NavItem to="/portal/profile" label={t('nav.profile')} icon="addressBook" />
      </AppShell.Section>
    </>
  );
}

/**
 * The sign-in answer carries the short user record; the portal facts (areas, capabilities) come with a
 * fresh GET /me. Until they are there, the frame waits rather than show an empty navigation.
 */
function useFullPortalFacts(): boolean {
  const meQuery = useMe();
  const queryClient = useQueryClient();
  const missing = meQuery.data?.kind === 'external' && (meQuery.data as PortalMe).portal === undefined;
  // When the refetch was asked for: any answer after that (with or without facts) ends the wait.
  const [askedAt, setAskedAt] = useState<number | null>(null);
  useEffect(() => {
    if (missing && askedAt === null) {
      setAskedAt(meQuery.dataUpdatedAt);
      void queryClient.invalidateQueries({ queryKey: meQueryKey });
    }
  }, [missing, askedAt, meQuery.dataUpdatedAt, queryClient]);
  return !missing || (askedAt !== null && (meQuery.dataUpdatedAt > askedAt || meQuery.isError));
}

/**
 * The customer portal's frame: header (wordmark, site switcher, language, account menu), a navbar with
 * only the areas this user has, and the preview banner while staff look through this user's eyes.
 */
export function PortalLayout() {
  const { t } = useTranslation('portal');
  const { me } = usePortalAccess();
  const [navbarOpened, { toggle: toggleNavbar, close: closeNavbar }] = useDisclosure(false);
  const { pathname } = useLocation();
  const theme = useMantineTheme();
  const isWide = useMediaQuery(`(min-width: ${theme.breakpoints.sm})`, true, { getInitialValueInEffect: false });
  const navbarHidden = !isWide && !navbarOpened;

  const ready = useFullPortalFacts();
  useLocaleSync(me);

  useEffect(() => closeNavbar(), [pathname, closeNavbar]);

  if (!ready) return <FullPageLoader />;

  return (
    <SiteFilterProvider>
      <AppShell header={{ height: 60 }} navbar={{ width: 250, breakpoint: 'sm', collapsed: { mobile: !navbarOpened } }} padding={{ base: 'md', sm: 'xl' }}>
        <AppShell.Header>
          <Group h="100%" px="md" justify="space-between" wrap="nowrap" gap="xs">
            <Group gap="sm" wrap="nowrap">
              <Burger opened={navbarOpened} onClick={toggleNavbar} hiddenFrom="sm" size="sm" aria-label={t('shell.toggleNavigation')} aria-expanded={navbarOpened} />
              <Anchor component={Link} to="/portal" underline="never" aria-label={t('shell.home')}>
                <Wordmark size="md" />
              </Anchor>
              <Badge variant="light" radius="sm" visibleFrom="lg">
                {t('shell.area')}
              </Badge>
            </Group>
            <Group gap="xs" wrap="nowrap">
              {isWide && <SiteSwitcher />}
              <NotificationBell me={me} />
              <LanguagePicker />
              <UserMenu me={me} />
            </Group>
          </Group>
        </AppShell.Header>
        <AppShell.Navbar p="sm" aria-label={t('shell.mainNavigation')} inert={navbarHidden}>
          <PortalNavbar />
        </AppShell.Navbar>
        <AppShell.Main bg="gray.0">
          <Box maw={1200} mx="auto">
            <PreviewBanner />
            {!isWide && (
              <Box mb="md">
                <SiteSwitcher fullWidth />
              </Box>
            )}
            <Outlet />
          </Box>
        </AppShell.Main>
      </AppShell>
    </SiteFilterProvider>
  );
}
