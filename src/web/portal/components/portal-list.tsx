import { Box, Button, Center, Group, Paper, Skeleton, Stack, Text, ThemeIcon, UnstyledButton } from '@mantine/core';
import type { InfiniteData, UseInfiniteQueryResult } from '@tanstack/react-query';
import { Fragment } from 'react';
import type { ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { EmptyState } from '../../components/empty-state';
import { Icon } from '../../components/icons';
import type { IconName } from '../../components/icons';
import type { Page } from '../../lib/resource';
import { PortalErrorAlert } from './detail-state';
import classes from './portal-list.module.css';

export type PortalListQuery<T> = UseInfiniteQueryResult<InfiniteData<Page<T>>>;

/** One row of a portal list: an icon, the record's name and facts, badges on the right; a link when `to` is set. */
export function ListRow({ to, icon, title, meta, aside, indent = 0 }: { to?: string; icon?: IconName; title: ReactNode; meta?: ReactNode; aside?: ReactNode; indent?: number }) {
  const content = (
    <Group gap="sm" wrap="nowrap" align="center" px="md" py="sm" pl={indent > 0 ? `calc(var(--mantine-spacing-md) + ${indent * 28}px)` : undefined}>
      {indent > 0 && <Box aria-hidden="true" w={10} h={10} style={{ flexShrink: 0, marginLeft: -18, borderLeft: '2px solid var(--mantine-color-gray-3)', borderBottom: '2px solid var(--mantine-color-gray-3)', borderBottomLeftRadius: 4, alignSelf: 'center', transform: 'translateY(-5px)' }} />}
      {icon && (
        <ThemeIcon variant="light" radius="md" size={indent > 0 ? 30 : 36} visibleFrom="xs" style={{ flexShrink: 0 }}>
          <Icon name={icon} size={indent > 0 ? 16 : 18} />
        </ThemeIcon>
      )}
      <Group gap="xs" wrap="wrap" justify="space-between" style={{ flex: 1, minWidth: 0 }} align="center">
        <Stack gap={2} style={{ minWidth: 0, flex: '1 1 160px' }}>
          <Text fw={600} size="sm" c={to ? 'indigo.8' : undefined} style={{ overflowWrap: 'anywhere' }}>
            {title}
          </Text>
          {meta && (
            <Text size="xs" c="dimmed" component="div" style={{ overflowWrap: 'anywhere' }}>
              {meta}
            </Text>
          )}
        </Stack>
        {aside && (
          <Group gap={6} wrap="wrap" justify="flex-end">
            {aside}
          </Group>
        )}
      </Group>
      {to && <Icon name="chevronRight" size={16} color="var(--mantine-color-gray-5)" style={{ flexShrink: 0 }} />}
    </Group>
  );
  if (!to) return <Box className={classes.row}>{content}</Box>;
  return (
    <UnstyledButton component={Link} to={to} className={`${classes.row} ${classes.link}`}>
      {content}
    </UnstyledButton>
  );
}

/** Separated facts under a row's title: "Berlin HQ · Boiler · due 05.12.2026"; wraps like text. */
export function MetaLine({ parts }: { parts: ReactNode[] }) {
  const shown = parts.filter((part) => part !== null && part !== undefined && part !== false && part !== '');
  return (
    <span>
      {shown.map((part, index) => (
        <Fragment key={index}>
          {/* The no-break space keeps the dot with the fact before it when the line wraps. */}
          {index > 0 && '\u00a0· '}
          <span>{part}</span>
        </Fragment>
      ))}
    </span>
  );
}

/**
 * A portal list: rows in a card, a skeleton while the first page loads, an empty state, and "show more"
 * for the next page (keyset cursor). `filtered` switches the empty state to "no matches".
 */
export function PortalList<T extends { id: string }>({
  label,
  query,
  renderRow,
  rowKey = (item) => item.id,
  empty,
  filtered = false,
  skeletonRows = 4,
  showMore = true,
  compactEmpty = false,
}: {
  label: string;
  query: PortalListQuery<T>;
  renderRow: (item: T) => ReactNode;
  /** React key of a row; the id unless one record appears more than once (the rounds of a series). */
  rowKey?: (item: T) => string;
  empty: { icon?: IconName; title: string; message: string; action?: ReactNode };
  filtered?: boolean;
  skeletonRows?: number;
  /** false: only the first page (a preview with its own "see all" link). */
  showMore?: boolean;
  /** A one-line empty note instead of the big empty state (sections inside a detail page). */
  compactEmpty?: boolean;
}) {
  const { t } = useTranslation('portal');
  const items = query.data?.pages.flatMap((page) => page.items) ?? [];

  if (query.isPending) {
    return (
      <Paper withBorder radius="md" aria-busy="true" aria-label={label}>
        {Array.from({ length: skeletonRows }, (_, row) => (
          <Group key={row} px="md" py="sm" gap="sm" wrap="nowrap">
            <Skeleton height={36} width={36} radius="md" />
            <Stack gap={6} style={{ flex: 1 }}>
              <Skeleton height={12} width={`${45 + ((row * 23) % 35)}%`} radius="sm" />
              <Skeleton height={10} width={`${25 + ((row * 17) % 30)}%`} radius="sm" />
            </Stack>
          </Group>
        ))}
      </Paper>
    );
  }
  if (query.isError) return <PortalErrorAlert title={t('common.loadFailed')} error={query.error} />;
  if (items.length === 0 && compactEmpty && !filtered) {
    return (
      <Paper withBorder radius="md" px="md" py="sm">
        <Text size="sm" c="dimmed">
          {empty.message}
        </Text>
      </Paper>
    );
  }
  if (items.length === 0) {
    return (
      <Paper withBorder radius="md">
        {filtered ? (
          <EmptyState icon="search" title={t('common.noMatchesTitle')} message={t('common.noMatchesMessage')} />
        ) : (
          <Stack gap={0} align="center" pb={empty.action ? 'xl' : 0}>
            <EmptyState icon={empty.icon} title={empty.title} message={empty.message} />
            {empty.action}
          </Stack>
        )}
      </Paper>
    );
  }
  return (
    <Stack gap="sm">
      <Paper withBorder radius="md" style={{ overflow: 'hidden', opacity: query.isPlaceholderData ? 0.6 : 1, transition: 'opacity 120ms' }}>
        <ul className={classes.list} aria-label={label}>
          {items.map((item) => (
            <li key={rowKey(item)}>{renderRow(item)}</li>
          ))}
        </ul>
      </Paper>
      {showMore && query.hasNextPage && (
        <Center>
          <Button variant="default" size="sm" loading={query.isFetchingNextPage} onClick={() => void query.fetchNextPage()}>
            {t('common.showMore')}
          </Button>
        </Center>
      )}
    </Stack>
  );
}
