import { useState } from 'react';
import { useLocation, useNavigate, useSearchParams } from 'react-router';
import { useCursorPagination } from './use-cursor-pagination';
import type { CursorPagination } from './use-cursor-pagination';
import { PAGE_SIZE } from './resource';
import type { ListParams } from './resource';

/** Search text, filters and page of a table; `params` is what the list endpoint gets. */
export interface ListState<F extends string> {
  q: string;
  setQ(q: string): void;
  filters: Partial<Record<F, string>>;
  setFilter(key: F, value: string | null | undefined): void;
  /** Several filters at once (one navigation). */
  setFilters(patch: Partial<Record<F, string | null | undefined>>): void;
  pagination: CursorPagination;
  /** True when a search or filter narrows the list (the empty state then says "no results"). */
  isFiltered: boolean;
  params: ListParams;
}

function paramsOf<F extends string>(q: string, filters: Partial<Record<F, string>>, cursor: string | undefined): ListParams {
  return { q: q || undefined, ...filters, cursor, limit: PAGE_SIZE };
}

/**
 * For the main list of a page: search and filters live in the URL (`?q=…&status=…`), so a reload, the
 * back button and a shared link show the same list. Any change starts again at the first page.
 */
export function useUrlListState<F extends string>(filterKeys: readonly F[]): ListState<F> {
  const [searchParams] = useSearchParams();
  const location = useLocation();
  const navigate = useNavigate();
  const pagination = useCursorPagination({ mode: 'url' });
  const q = searchParams.get('q') ?? '';
  const filters: Partial<Record<F, string>> = {};
  for (const key of filterKeys) {
    const value = searchParams.get(key);
    if (value) filters[key] = value;
  }

  function update(patch: Record<string, string | null | undefined>) {
    // A search typed just before opening a result is reported after the click (the search box waits for
    // a pause in typing, and the router keeps this page until the next one is drawn): the user has left
    // the list by then, and applying it would take them back to it.
    if (window.location.pathname !== location.pathname) return;
    const params = new URLSearchParams(searchParams);
    for (const [key, value] of Object.entries(patch)) {
      if (value) params.set(key, value);
      else params.delete(key);
    }
    params.delete('cursor');
    const search = params.toString();
    // Typing in the search box should not leave a history entry per keystroke.
    void navigate({ pathname: location.pathname, search: search ? `?${search}` : '' }, { replace: true });
  }

  return {
    q,
    setQ: (value) => update({ q: value.trim() }),
    filters,
    setFilter: (key, value) => update({ [key]: value }),
    setFilters: (patch) => update(patch),
    pagination,
    isFiltered: q !== '' || Object.keys(filters).length > 0,
    params: paramsOf(q, filters, pagination.cursor),
  };
}

/** For lists embedded in a detail page: the same, kept in component state. */
export function useLocalListState<F extends string = never>(initialFilters: Partial<Record<F, string>> = {}): ListState<F> {
  const [q, setQ] = useState('');
  const [filters, setFilters] = useState<Partial<Record<F, string>>>(initialFilters);
  const pagination = useCursorPagination({ mode: 'local', resetKey: JSON.stringify([q, filters]) });
  function patchFilters(patch: Partial<Record<F, string | null | undefined>>) {
    setFilters((current) => {
      const next = { ...current };
      for (const [key, value] of Object.entries(patch) as [F, string | null | undefined][]) {
        if (value) next[key] = value;
        else delete next[key];
      }
      return next;
    });
  }
  return {
    q,
    setQ: (value) => setQ(value.trim()),
    filters,
    setFilter: (key, value) => patchFilters({ [key]: value } as Partial<Record<F, string | null | undefined>>),
    setFilters: patchFilters,
    pagination,
    isFiltered: q !== '' || Object.keys(filters).length > 0,
    params: paramsOf(q, filters, pagination.cursor),
  };
}
