import { keepPreviousData, useInfiniteQuery } from '@tanstack/react-query';
import { fetchPage } from '../../lib/resource';
import type { ListParams, Page } from '../../lib/resource';

/** Rows per "load more" step of the portal's lists. */
export const PORTAL_PAGE_SIZE = 20;

/**
 * A portal list as a growing page: the first page, then "show more" follows the API's keyset cursor.
 * The filters (search, site) are the query key, so any change starts again from the top.
 */
export function usePortalList<T>(path: string, params: ListParams, options: { enabled?: boolean; limit?: number } = {}) {
  const limit = options.limit ?? PORTAL_PAGE_SIZE;
  return useInfiniteQuery({
    queryKey: ['portal', 'list', path, params, limit],
    queryFn: ({ pageParam, signal }) => fetchPage<T>(path, { ...params, limit, cursor: pageParam }, signal),
    initialPageParam: undefined as string | undefined,
    getNextPageParam: (last: Page<T>) => last.nextCursor ?? undefined,
    placeholderData: keepPreviousData,
    enabled: options.enabled ?? true,
  });
}
