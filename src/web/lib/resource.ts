import { keepPreviousData, useQuery } from '@tanstack/react-query';
import type { QueryKey } from '@tanstack/react-query';

/** One page of a list endpoint: keyset pagination, so there is a "next" cursor but no total. */
export interface Page<T> {
  items: T[];
  nextCursor: string | null;
}

/** Query-string values of list endpoints; undefined, null and '' are left out. */
export type ListParams = Record<string, string | number | boolean | null | undefined>;

/** Rows per page of the back-office tables. */
export const PAGE_SIZE = 25;

export function toQueryString(params: ListParams = {}): string {
  const search = new URLSearchParams();
  for (const [key, value] of Object.entries(params)) {
    if (value === undefined || value === null || value === '') continue;
    search.set(key, String(value));
  }
  const text = search.toString();
  return text ? `?${text}` : '';
}

export { fetchPage } from './api-client';

/**
 * Query keys of one resource: everything under [name] so a write can invalidate all its lists and
 * details at once; sub-resources (tasks, notes…) live under the owner's detail key.
 */
export function resourceKeys(name: string) {
  const all = [name] as const;
  return {
    all,
    lists: () => [name, 'list'] as const,
    list: (params: ListParams) => [name, 'list', params] as const,
    detail: (id: string) => [name, 'detail', id] as const,
    sub: (id: string, part: string, params: ListParams = {}) => [name, 'detail', id, part, params] as const,
  };
}

/** A page of a list; the previous page stays on screen while the next one loads (no flicker). */
export function usePageQuery<T>(queryKey: QueryKey, fetcher: (signal: AbortSignal) => Promise<Page<T>>, enabled = true) {
  return useQuery({ queryKey, queryFn: ({ signal }) => fetcher(signal), placeholderData: keepPreviousData, enabled });
}
