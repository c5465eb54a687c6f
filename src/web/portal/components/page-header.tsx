import { Anchor, Group, Stack } from '@mantine/core';
import type { ReactNode } from 'react';
import { Link } from 'react-router';
import { Icon } from '../../components/icons';
import { PageTitleRow } from '../../components/page-header';
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
      <PageTitleRow title={title} subtitle={subtitle} badges={badges} actions={actions} compact />
    </Stack>
  );
}
