import { AppShell, ScrollArea, Stack, Text } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { useSignedInUser } from '../features/auth/use-signed-in-user';
import { NavItem } from '../layouts/nav-item';
import { areasVisibleTo, STAFF_AREA_GROUPS } from './staff-areas';

export function StaffNavbar() {
  const { t } = useTranslation();
  const me = useSignedInUser();
  const areas = areasVisibleTo(me.roles);
  return (
    <AppShell.Section grow component={ScrollArea} type="scroll">
      <Stack gap={2}>
        <NavItem to="/staff" end label={t('staff.nav.overview')} icon="home" />
        {STAFF_AREA_GROUPS.map((group) => {
          const inGroup = areas.filter((area) => area.group === group);
          if (inGroup.length === 0) return null;
          return (
            <Stack key={group} gap={2} mt="md">
              <Text size="xs" fw={700} c="dimmed" tt="uppercase" px="sm" pb={4} lts={0.4}>
                {t(`staff.groups.${group}`)}
              </Text>
              {inGroup.map((area) => (
                <NavItem key={area.key} to={`/staff/${area.path}`} label={t(`staff.nav.${area.key}`)} icon={area.icon} />
              ))}
            </Stack>
          );
        })}
      </Stack>
    </AppShell.Section>
  );
}
