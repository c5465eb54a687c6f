import { Anchor, AppShell, Badge, Burger, Group, useMantineTheme } from '@mantine/core';
import { useDisclosure, useMediaQuery } from '@mantine/hooks';
import { useEffect } from 'react';
import type { ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { Link, Outlet, useLocation } from 'react-router';
import { LanguagePicker } from '../components/language-picker';
import { Wordmark } from '../components/wordmark';
import { UserMenu } from '../features/auth/components/user-menu';
import { homePathFor } from '../features/auth/home-path';
import { useSignedInUser } from '../features/auth/use-signed-in-user';
import { NotificationBell } from '../features/notifications/notification-bell';
import { useLocaleSync } from '../features/notifications/use-locale-sync';

export interface ShellLayoutProps {
  /** Which side of Portico this is ("Back office" / "Customer portal"), shown next to the wordmark. */
  areaLabel: string;
  /** Navbar content (NavItems); the mobile drawer closes by itself when a link changes the page. */
  navbar: ReactNode;
}

/**
 * The frame shared by the back office and the portal: header (wordmark, language, account menu) and a
 * navbar that sits left on wide screens and behind a burger on phones.
 */
export function ShellLayout({ areaLabel, navbar }: ShellLayoutProps) {
  const { t } = useTranslation();
  const me = useSignedInUser();
  useLocaleSync(me);
  const [navbarOpened, { toggle: toggleNavbar, close: closeNavbar }] = useDisclosure(false);
  const { pathname } = useLocation();
  const theme = useMantineTheme();
  const isWide = useMediaQuery(`(min-width: ${theme.breakpoints.sm})`, true, { getInitialValueInEffect: false });
  // A collapsed navbar is only slid off-screen; inert keeps keyboard and screen-reader users out of it too.
  const navbarHidden = !isWide && !navbarOpened;

  // Following a link on a phone should reveal the page, not leave the drawer covering it.
  useEffect(() => closeNavbar(), [pathname, closeNavbar]);

  return (
    <AppShell
      header={{ height: 60 }}
      navbar={{ width: 260, breakpoint: 'sm', collapsed: { mobile: !navbarOpened } }}
      padding={{ base: 'md', sm: 'xl' }}
    >
      <AppShell.Header>
        <Group h="100%" px="md" justify="space-between" wrap="nowrap" gap="xs">
          <Group gap="sm" wrap="nowrap">
            <Burger
              opened={navbarOpened}
              onClick={toggleNavbar}
              hiddenFrom="sm"
              size="sm"
              aria-label={t('shell.toggleNavigation')}
              aria-expanded={navbarOpened}
            />
            <Anchor component={Link} to={homePathFor(me)} underline="never" aria-label={`Portico – ${areaLabel}`}>
              <Wordmark size="md" />
            </Anchor>
            <Badge variant="light" radius="sm" visibleFrom="md">
              {areaLabel}
            </Badge>
          </Group>
          <Group gap="xs" wrap="nowrap">
            <NotificationBell me={me} />
            <LanguagePicker />
            <UserMenu me={me} />
          </Group>
        </Group>
      </AppShell.Header>
      <AppShell.Navbar p="sm" aria-label={t('shell.mainNavigation')} inert={navbarHidden}>
        {navbar}
      </AppShell.Navbar>
      <AppShell.Main bg="gray.0">
        <Outlet />
      </AppShell.Main>
    </AppShell>
  );
}
