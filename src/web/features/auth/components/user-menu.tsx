import { Avatar, Group, Menu, Text, UnstyledButton } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { Icon } from '../../../components/icons';
import { useLogout } from '../api/logout';
import type { Me } from '../types';

function initialsOf(name: string): string {
  const parts = name.trim().split(/\s+/).filter(Boolean);
  const letters = parts.length > 1 ? [parts[0]![0], parts[parts.length - 1]![0]] : [name.trim()[0]];
  return letters.join('').toUpperCase() || '?';
}

/** The signed-in user's name in the header; opens a menu with their account actions. */
export function UserMenu({ me }: { me: Me }) {
  const { t } = useTranslation();
  const logout = useLogout();
  return (
    <Menu position="bottom-end" width={240} shadow="md" withinPortal>
      <Menu.Target>
        <UnstyledButton aria-label={t('shell.userMenu', { name: me.displayName })} px={6} py={4} style={{ borderRadius: 'var(--mantine-radius-md)' }}>
          <Group gap={8} wrap="nowrap">
            <Avatar color="indigo" radius="xl" size={32}>
              {initialsOf(me.displayName)}
            </Avatar>
            <Text size="sm" fw={500} visibleFrom="sm" data-testid="user-display-name">
              {me.displayName}
            </Text>
            <Icon name="chevronDown" size={14} />
          </Group>
        </UnstyledButton>
      </Menu.Target>
      <Menu.Dropdown>
        <Menu.Label>{t('shell.signedInAs', { login: me.login })}</Menu.Label>
        <Menu.Item component={Link} to="/account/password" leftSection={<Icon name="lock" size={16} />}>
          {t('shell.changePassword')}
        </Menu.Item>
        <Menu.Item component={Link} to="/account/security" leftSection={<Icon name="check" size={16} />}>
          {t('shell.security')}
        </Menu.Item>
        <Menu.Item component={Link} to="/account/notifications" leftSection={<Icon name="bell" size={16} />}>
          {t('shell.notifications')}
        </Menu.Item>
        {me.kind === 'staff' && (
          <Menu.Item component={Link} to="/account/api-tokens" leftSection={<Icon name="tag" size={16} />}>
            {t('shell.apiTokens')}
          </Menu.Item>
        )}
        <Menu.Divider />
        <Menu.Item color="red" leftSection={<Icon name="logout" size={16} />} onClick={() => logout.mutate()}>
          {t('shell.logout')}
        </Menu.Item>
      </Menu.Dropdown>
    </Menu>
  );
}
