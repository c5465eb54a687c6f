import { Anchor, Breadcrumbs, Button, Group, Stack, Text, Title } from '@mantine/core';
import { Icon } from './icons';
import type { ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { usePageTitle } from '../lib/use-page-title';

export interface Crumb {
  label: string;
  to: string;
}

/** Title row of a back-office page: breadcrumbs, the h1, a subtitle or badges, and the page's actions. */
export function PageHeader({ title, breadcrumbs, subtitle, badges, actions }: { title: string; breadcrumbs?: Crumb[]; subtitle?: ReactNode; badges?: ReactNode; actions?: ReactNode }) {
  const { t } = useTranslation();
  usePageTitle(title);
  return (
    <Stack gap={6}>
      {breadcrumbs && breadcrumbs.length > 0 && (
        <Breadcrumbs aria-label={t('app.breadcrumbs')} separatorMargin={6} styles={{ root: { flexWrap: 'wrap' } }}>
          {breadcrumbs.map((crumb) => (
            <Anchor key={crumb.to} component={Link} to={crumb.to} size="sm">
              {crumb.label}
            </Anchor>
          ))}
        </Breadcrumbs>
      )}
      <PageTitleRow title={title} subtitle={subtitle} badges={badges} actions={actions} />
    </Stack>
  );
}

/**
 * The h1 with its badges and subtitle, and the page's actions beside it (below it on a narrow screen): the
 * title row of back-office and portal pages alike. `compact`: a smaller title on phones (the portal).
 */
export function PageTitleRow({ title, subtitle, badges, actions, compact = false }: { title: string; subtitle?: ReactNode; badges?: ReactNode; actions?: ReactNode; compact?: boolean }) {
  return (
    <Group justify="space-between" align="flex-start" gap="sm">
      <Stack gap={4} style={{ minWidth: 0, flex: compact ? '1 1 280px' : '1 1 320px' }}>
        <Group gap="sm" align="center">
          <Title order={1} fz={compact ? { base: 'h3', sm: 'h2' } : 'h2'} style={{ overflowWrap: 'anywhere' }}>
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
  );
}

/** "New …" on a list or panel: opens the form that creates a record. */
export function NewRecordButton({ label, onClick }: { label: string; onClick: () => void }) {
  return (
    <Button leftSection={<Icon name="plus" size={16} />} onClick={onClick}>
      {label}
    </Button>
  );
}
