import { ActionIcon, Anchor, Box, Button, Group, Paper, Skeleton, Stack, Table, Text } from '@mantine/core';
import type { MantineColor } from '@mantine/core';
import type { UseQueryResult } from '@tanstack/react-query';
import { useState } from 'react';
import type { MouseEvent, ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { Link, useNavigate } from 'react-router';
import type { Page } from '../lib/resource';
import type { ListState } from '../lib/use-list-state';
import { EmptyState } from './empty-state';
import { ErrorAlert } from './error-alert';
import { Icon } from './icons';
import type { IconName } from './icons';
import { SearchBox } from './search-box';

export interface Column<T> {
  key: string;
  header: string;
  render: (item: T) => ReactNode;
  /** Hidden on narrow screens below this breakpoint (secondary columns). */
  visibleFrom?: 'sm' | 'md' | 'lg';
  width?: number | string;
  /** Keep on one line (numbers, dates, badges). */
  nowrap?: boolean;
}

/** Records that form trees (assets): a row with children gets an expander, and its children follow it, indented. */
export interface TableTree<T> {
  childCount: (item: T) => number;
  /** The children of an expanded row (a hook: called by the expanded row's own component). */
  useChildren: (parent: T) => UseQueryResult<Page<T>>;
  /** Names the expander for screen readers, e.g. "Show sub-assets of Boiler 1". */
  toggleLabel: (item: T, expanded: boolean) => string;
  /** Shown under children that do not fit one page; a link to the parent's page. */
  moreLabel: string;
}

export interface ResourceTableProps<T extends { id: string }> {
  /** Accessible name of the table, e.g. "Customers". */
  label: string;
  query: UseQueryResult<Page<T>>;
  columns: Column<T>[];
  list: Pick<ListState<string>, 'q' | 'setQ' | 'pagination' | 'isFiltered'>;
  /** Placeholder/label of the search box; no search box without it (endpoints without `q`). */
  searchLabel?: string;
  /** Filter controls shown next to the search box. */
  filters?: ReactNode;
  /** Buttons at the right end of the toolbar (e.g. "New site" in a customer's sites tab). */
  actions?: ReactNode;
  /** Where a row leads; the first column becomes a link there and the whole row is clickable. */
  rowHref?: (item: T) => string;
  /** A background for rows that need attention (say why in the row too: colour alone is not enough). */
  rowColor?: (item: T) => MantineColor | undefined;
  /** Instead of a page: what a click on the row does (e.g. open an edit drawer); the first column becomes a button. */
  onRowClick?: (item: T) => void;
  empty: { title: string; message: string; icon?: IconName; action?: ReactNode };
  /** Fewer skeleton rows for small embedded lists. */
  skeletonRows?: number;
  /** No border/paper (inside a card or tab that already has one). */
  bare?: boolean;
  tree?: TableTree<T>;
}

function isInteractive(target: EventTarget | null): boolean {
  return target instanceof Element && target.closest('a, button, input, select, textarea, label, [role="checkbox"]') !== null;
}

interface RowOptions<T extends { id: string }> {
  columns: Column<T>[];
  rowHref?: (item: T) => string;
  rowColor?: (item: T) => MantineColor | undefined;
  onRowAction?: (item: T) => void;
  onRowClick: (event: MouseEvent<HTMLTableRowElement>, item: T) => void;
  tree?: TableTree<T>;
}

/** One record as a table row; in a tree, with its expander and, expanded, its children below it. */
function ResourceRow<T extends { id: string }>({ item, depth, rows }: { item: T; depth: number; rows: RowOptions<T> }) {
  const { columns, rowHref, rowColor, onRowAction, onRowClick, tree } = rows;
  const [expanded, setExpanded] = useState(false);
  const hasChildren = tree ? tree.childCount(item) > 0 : false;
  return (
    <>
      <Table.Tr onClick={(event) => onRowClick(event, item)} bg={rowColor?.(item)} style={rowHref || onRowAction ? { cursor: 'pointer' } : undefined}>
        {columns.map((column, index) => {
          let cell: ReactNode = column.render(item);
          if (index === 0 && rowHref) {
            cell = (
              <Anchor component={Link} to={rowHref(item)} fw={500} size="sm">
                {cell}
              </Anchor>
            );
          } else if (index === 0 && onRowAction) {
            cell = (
              <Anchor component="button" type="button" onClick={() => onRowAction(item)} fw={500} size="sm" ta="left">
                {cell}
              </Anchor>
            );
          }
          if (index === 0 && tree) {
            cell = (
              <Group gap={6} wrap="nowrap" pl={depth * 22}>
                {hasChildren ? (
                  <ActionIcon variant="subtle" color="gray" size="sm" aria-expanded={expanded} aria-label={tree.toggleLabel(item, expanded)} onClick={() => setExpanded(!expanded)}>
                    <Icon name={expanded ? 'chevronDown' : 'chevronRight'} size={14} />
                  </ActionIcon>
                ) : (
                  <Box w={22} />
                )}
                {cell}
              </Group>
            );
          }
          return (
            <Table.Td key={column.key} visibleFrom={column.visibleFrom} style={column.nowrap ? { whiteSpace: 'nowrap' } : undefined}>
              {cell}
            </Table.Td>
          );
        })}
      </Table.Tr>
      {expanded && tree && <ChildRows parent={item} depth={depth + 1} rows={rows} tree={tree} />}
    </>
  );
}

function ChildRows<T extends { id: string }>({ parent, depth, rows, tree }: { parent: T; depth: number; rows: RowOptions<T>; tree: TableTree<T> }) {
  const { t } = useTranslation();
  const children = tree.useChildren(parent);
  const span = rows.columns.length;
  if (children.isPending || children.isError) {
    return (
      <Table.Tr>
        <Table.Td colSpan={span} pl={depth * 22 + 16}>
          {children.isError ? <ErrorAlert title={t('table.loadFailed')} error={children.error} /> : <Skeleton height={14} width="40%" radius="sm" />}
        </Table.Td>
      </Table.Tr>
    );
  }
  return (
    <>
      {children.data.items.map((child) => (
        <ResourceRow key={child.id} item={child} depth={depth} rows={rows} />
      ))}
      {children.data.nextCursor && rows.rowHref && (
        <Table.Tr>
          <Table.Td colSpan={span} pl={depth * 22 + 44}>
            <Anchor component={Link} to={rows.rowHref(parent)} size="sm">
              {tree.moreLabel}
            </Anchor>
          </Table.Td>
        </Table.Tr>
      )}
    </>
  );
}

/**
 * The back office's list table: search (debounced, bound to `q`), filters, a page of rows from the server,
 * previous/next over the keyset cursors, a skeleton while loading and an empty state.
 */
export function ResourceTable<T extends { id: string }>({
  label,
  query,
  columns,
  list,
  searchLabel,
  filters,
  actions,
  rowHref,
  rowColor,
  onRowClick: onRowAction,
  empty,
  skeletonRows = 5,
  bare = false,
  tree,
}: ResourceTableProps<T>) {
  const { t } = useTranslation();
  const navigate = useNavigate();
  const { pagination } = list;
  const page = query.data;
  const items = page?.items ?? [];
  const showToolbar = searchLabel !== undefined || filters !== undefined || Boolean(actions);

  function onRowClick(event: MouseEvent<HTMLTableRowElement>, item: T) {
    if ((!rowHref && !onRowAction) || isInteractive(event.target)) return;
    // Text being selected is not a click on the row.
    if (window.getSelection()?.toString()) return;
    if (rowHref) void navigate(rowHref(item));
    else onRowAction?.(item);
  }

  const rows: RowOptions<T> = { columns, rowHref, rowColor, onRowAction, onRowClick, tree };
  const headerCells = columns.map((column) => (
    <Table.Th key={column.key} visibleFrom={column.visibleFrom} w={column.width}>
      {column.header}
    </Table.Th>
  ));

  let body: ReactNode;
  if (query.isPending) {
    body = (
      <Table.Tbody aria-busy="true">
        {Array.from({ length: skeletonRows }, (_, row) => (
          <Table.Tr key={row}>
            {columns.map((column) => (
              <Table.Td key={column.key} visibleFrom={column.visibleFrom}>
                <Skeleton height={14} radius="sm" width={`${55 + ((row * 17 + column.key.length * 7) % 40)}%`} />
              </Table.Td>
            ))}
          </Table.Tr>
        ))}
      </Table.Tbody>
    );
  } else {
    body = (
      <Table.Tbody style={{ opacity: query.isPlaceholderData ? 0.55 : 1, transition: 'opacity 120ms' }}>
        {items.map((item) => (
          <ResourceRow key={item.id} item={item} depth={0} rows={rows} />
        ))}
      </Table.Tbody>
    );
  }

  const isEmpty = !query.isPending && !query.isError && items.length === 0 && !pagination.hasPrevious;
  const table = (
    <Stack gap={0}>
      {query.isError && (
        <Box p="md">
          <ErrorAlert title={t('table.loadFailed')} error={query.error} />
        </Box>
      )}
      {isEmpty ? (
        list.isFiltered ? (
          <EmptyState icon="search" title={t('table.noResultsTitle')} message={list.q ? t('table.noResultsFor', { q: list.q }) : t('table.noResultsFilters')} />
        ) : (
          <Stack align="center" gap={0} pb={empty.action ? 'xl' : 0}>
            <EmptyState icon={empty.icon} title={empty.title} message={empty.message} />
            {empty.action}
          </Stack>
        )
      ) : (
        !query.isError && (
          <Table.ScrollContainer minWidth={480} type="native">
            <Table highlightOnHover={rowHref !== undefined || onRowAction !== undefined} verticalSpacing="sm" horizontalSpacing="md" aria-label={label}>
              <Table.Thead>
                <Table.Tr>{headerCells}</Table.Tr>
              </Table.Thead>
              {body}
            </Table>
          </Table.ScrollContainer>
        )
      )}
      {(pagination.hasPrevious || page?.nextCursor) && (
        <Group justify="space-between" px="md" py="sm" style={{ borderTop: '1px solid var(--mantine-color-default-border)' }}>
          <Text size="sm" c="dimmed" aria-live="polite">
            {t('table.page', { number: pagination.pageNumber })}
          </Text>
          <Group gap="xs" role="group" aria-label={t('table.pagination', { label })}>
            <Button
              variant="default"
              size="xs"
              leftSection={<Icon name="chevronLeft" size={14} />}
              disabled={!pagination.hasPrevious || query.isFetching}
              onClick={() => pagination.goPrevious()}
            >
              {t('table.previous')}
            </Button>
            <Button
              variant="default"
              size="xs"
              rightSection={<Icon name="chevronRight" size={14} />}
              disabled={!page?.nextCursor || query.isFetching}
              onClick={() => page?.nextCursor && pagination.goNext(page.nextCursor)}
            >
              {t('table.next')}
            </Button>
          </Group>
        </Group>
      )}
    </Stack>
  );

  return (
    <Stack gap="sm">
      {showToolbar && (
        <Group gap="sm" align="flex-end" wrap="wrap" justify="space-between">
          <Group gap="sm" align="flex-end" wrap="wrap">
            {searchLabel !== undefined && <SearchBox value={list.q} onSearch={list.setQ} label={searchLabel} />}
            {filters}
          </Group>
          {actions && <Group gap="xs">{actions}</Group>}
        </Group>
      )}
      {bare ? (
        table
      ) : (
        <Paper withBorder radius="md" style={{ overflow: 'hidden' }}>
          {table}
        </Paper>
      )}
    </Stack>
  );
}
