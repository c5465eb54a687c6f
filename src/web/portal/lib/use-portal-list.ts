import { keepPreviousData, useInfiniteQuery } from '@tanstack/react-query';
import type { ListPath, PathArg } from '../../lib/api-client';
import { fetchPage, type ListParams } from '../../lib/resource';

/** Rows per "load more" step of the portal's lists. */
export const PORTAL_PAGE_SIZE = 20;

/** The path as requested (`/tickets/{id}/comments` with its id filled in), for the query key. */
function requestedPath(path: string, params: unknown): string {
  const values = new Map(typeof params === 'object' && params !== null ? Object.entries(params) : []);
  return path.replace(/\{(\w+)\}/g, (_, name: string) => String(values.get(name) ?? ''));
}

/**
 * A portal list as a growing page: the first page, then "show more" follows the API's keyset cursor.
 * The filters (search, site) are the query key, so any change starts again from the top. A list under a
 * record names it in `options.path` (`usePortalList('/tickets/{id}/comments', {}, { path: { id } })`).
 */
export function usePortalList<P extends ListPath>(path: P, params: ListParams, options: { enabled?: boolean; limit?: number } & PathArg<P>) {
  const limit = options.limit ?? PORTAL_PAGE_SIZE;
  return useInfiniteQuery({
    queryKey: ['portal', 'list', requestedPath(path, options.path), params, limit],
    queryFn: ({ pageParam, signal }) => fetchPage(path, { ...params, limit, cursor: pageParam }, { ...options, signal }),
    initialPageParam: undefined as string | undefined,
    getNextPageParam: (last) => last.nextCursor ?? undefined,
    placeholderData: keepPreviousData,
    enabled: options.enabled ?? true,
  });
}
