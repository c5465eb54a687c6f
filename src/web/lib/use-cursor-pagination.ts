import { useState } from 'react';
import { useLocation, useNavigate, useSearchParams } from 'react-router';

/**
 * "Previous / next" over a keyset-paginated list. The API only hands out the cursor of the next page,
 * so going back means remembering the cursors of the pages seen before (a stack).
 */
export interface CursorPagination {
  /** Cursor of the page on screen (undefined: the first page). */
  cursor: string | undefined;
  /** 1-based; counted from the remembered stack. */
  pageNumber: number;
  hasPrevious: boolean;
  goNext(nextCursor: string): void;
  goPrevious(): void;
}

interface LocalState {
  key: string;
  cursor: string | undefined;
  stack: (string | undefined)[];
}

/**
 * In component state, for lists inside a page (a customer's sites…). Whenever `resetKey` changes
 * (search text, filters) the list starts again at its first page.
 */
export function useLocalCursorPagination(resetKey: string): CursorPagination {
  const [state, setState] = useState<LocalState>({ key: resetKey, cursor: undefined, stack: [] });
  const current: LocalState = state.key === resetKey ? state : { key: resetKey, cursor: undefined, stack: [] };
  return {
    cursor: current.cursor,
    pageNumber: current.stack.length + 1,
    hasPrevious: current.stack.length > 0,
    goNext: (nextCursor) => setState({ key: resetKey, cursor: nextCursor, stack: [...current.stack, current.cursor] }),
    goPrevious: () => setState({ key: resetKey, cursor: current.stack[current.stack.length - 1], stack: current.stack.slice(0, -1) }),
  };
}

interface UrlState {
  /** Cursors of the pages before the one on screen; null stands for the first page. */
  cursorStack?: (string | null)[];
}

/**
 * In the URL, for the main list of a page: `?cursor=` is the page on screen and the stack of earlier
 * cursors rides in the history entry's state, so the browser's back button and returning from a detail
 * page land on the same page. Changing the search or a filter drops `cursor` (see useListState), which
 * is the first page again. A shared link with a cursor but no stack still offers "previous" (to page 1).
 */
export function useUrlCursorPagination(): CursorPagination {
  const [searchParams] = useSearchParams();
  const location = useLocation();
  const navigate = useNavigate();
  const cursor = searchParams.get('cursor') ?? undefined;
  const stack = cursor === undefined ? [] : ((location.state as UrlState | null)?.cursorStack ?? []);

  function go(nextCursor: string | null, nextStack: (string | null)[]) {
    const params = new URLSearchParams(searchParams);
    if (nextCursor) params.set('cursor', nextCursor);
    else params.delete('cursor');
    const search = params.toString();
    void navigate({ pathname: location.pathname, search: search ? `?${search}` : '' }, { state: { cursorStack: nextStack } satisfies UrlState });
  }

  return {
    cursor,
    pageNumber: cursor === undefined ? 1 : Math.max(stack.length + 1, 2),
    hasPrevious: cursor !== undefined,
    goNext: (nextCursor) => go(nextCursor, [...stack, cursor ?? null]),
    goPrevious: () => go(stack[stack.length - 1] ?? null, stack.slice(0, -1)),
  };
}

/** The hook the tables use: the URL for a page's main list, component state for embedded lists. */
export function useCursorPagination(options: { mode: 'url' } | { mode: 'local'; resetKey: string }): CursorPagination {
  // The mode of a given call site never changes, so the hooks below are always called in the same order.
  const local = useLocalCursorPagination(options.mode === 'local' ? options.resetKey : '');
  const url = useUrlCursorPagination();
  return options.mode === 'url' ? url : local;
}
