import type { UseQueryResult } from '@tanstack/react-query';
import type { ReactNode } from 'react';
import type { ListParams, Page } from '../lib/resource';
import { useLocalListState } from '../lib/use-list-state';
import type { IconName } from './icons';
import { ResourceTable } from './resource-table';
import type { Column, TableTree } from './resource-table';

/**
 * A list inside a detail page (a customer's sites, an asset's children…): the same table, with its own
 * search and paging in component state and the relation as fixed filters (e.g. `{ customerId }`).
 */
export function RelatedList<T extends { id: string }>({
  label,
  fixedParams,
  useList,
  columns,
  rowHref,
  empty,
  searchLabel,
  filters,
  actions,
  tree,
}: {
  label: string;
  fixedParams: ListParams;
  useList: (params: ListParams) => UseQueryResult<Page<T>>;
  columns: Column<T>[];
  rowHref?: (item: T) => string;
  empty: { title: string; message: string; icon?: IconName; action?: ReactNode };
  searchLabel?: string;
  filters?: ReactNode;
  actions?: ReactNode;
  tree?: TableTree<T>;
}) {
  const list = useLocalListState();
  const query = useList({ ...list.params, ...fixedParams });
  return (
    <ResourceTable label={label} query={query} columns={columns} list={list} rowHref={rowHref} empty={empty} searchLabel={searchLabel} filters={filters} actions={actions} tree={tree} skeletonRows={3} />
  );
}
