import { useMemo } from 'react';
import type { PickerSource } from '../components/entity-picker';
import { resourceKeys } from './resource';
import type { ListParams, Page } from './resource';

/** How a picker reads its collection: typed calls of the list and the detail endpoint. */
export interface PickerCalls<T> {
  /** GET of the list with the search text, the fixed filters and a page size. */
  search: (query: ListParams, signal: AbortSignal) => Promise<Page<T>>;
  /** GET of one record by id. */
  get: (id: string, signal: AbortSignal) => Promise<T>;
}

/**
 * A picker over a collection: searches the list (`?q=…&<params>`) and loads a chosen record by id with
 * the resource's detail key (shared with detail pages). Memoised on the params so the picker's queries
 * stay put between renders.
 */
export function usePickerSource<T extends { id: string }>(name: string, calls: PickerCalls<T>, label: (item: T) => string, params: ListParams = {}): PickerSource<T> {
  const paramsKey = JSON.stringify(params);
  return useMemo(() => {
    const fixed = JSON.parse(paramsKey) as ListParams;
    const keys = resourceKeys(name);
    return {
      key: [name, 'picker', fixed],
      search: (q, signal) => calls.search({ ...fixed, q: q || undefined, limit: 20 }, signal),
      detailKey: (id) => keys.detail(id),
      get: calls.get,
      label,
    };
    // `calls` and `label` are plain functions of the collection `name` names; a new function each render must
    // not rebuild the source.
  }, [name, paramsKey]);
}
