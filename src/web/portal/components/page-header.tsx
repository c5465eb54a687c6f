import { Anchor, Group, Stack, Text, Title } from '@mantine/core';
import type { ReactNode } from 'react';
import { Link } from 'react-router';
import { Icon } from '../../components/icons';
import { usePageTitle } from '../../lib/use-page-title';

/** Title row of a portal page: a way back (on detail pages), the h1, a subtitle or badges, and actions. */
export function PortalPageHeader({
  title,
  back,
  subtitle,
  badges,
  actions,
}: {
  title: string;
  back?: { to: string; label: string };
  subtitle?: ReactNode;
  badges?: ReactNode;
  actions?: ReactNode;
}) {
  usePageTitle(title);
  return (
    <Stack gap={6}>
      {back && (
        <Anchor component={Link} to={back.to} size="sm" c="dimmed" style={{ alignSelf: 'flex-start' }}>
          <Group gap={4} wrap="nowrap">
            <Icon name="chevronLeft" size={14} />
            {back.label}
          </Group>
        </Anchor>
      )}
      <Group justify="space-between" align="flex-start" gap="sm">
        <Stack gap={4} style={{ minWidth: 0, flex: '1 1 280px' }}>
          <Group gap="sm" align="center">
            <Title order={1} fz={{ base: 'h3', sm: 'h2' }} style={{ overflowWrap: 'anywhere' }}>
              {title}
            </Title>
            {badges}
          </Group>
          {subtitle && (
            <Text c="dimmed" size="sm" component="div">
              {subtitle}
            </Text>
          )}
        </Stack>
        {actions && (
          <Group gap="xs" wrap="wrap">
            {actions}
          </Group>
        )}
      </Group>
    </Stack>
  );
}
