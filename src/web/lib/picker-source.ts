import { useMemo } from 'react';
import type { PickerSource } from '../components/entity-picker';
import { apiClient } from './api-client';
import { fetchPage, resourceKeys } from './resource';
import type { ListParams } from './resource';

/**
 * A picker over a collection: searches `GET ${path}?q=…&<params>` and loads a chosen record by id with
 * the resource's detail key (shared with detail pages). Memoised on the params so the picker's queries
 * stay put between renders.
 */
export function usePickerSource<T extends { id: string }>(name: string, path: string, label: (item: T) => string, params: ListParams = {}): PickerSource<T> {
  const paramsKey = JSON.stringify(params);
  return useMemo(() => {
    const fixed = JSON.parse(paramsKey) as ListParams;
    const keys = resourceKeys(name);
    return {
      key: [name, 'picker', fixed],
      search: (q, signal) => fetchPage<T>(path, { ...fixed, q: q || undefined, limit: 20 }, signal),
      detailKey: (id) => keys.detail(id),
      get: (id, signal) => apiClient.get<T>(`${path}/${encodeURIComponent(id)}`, signal),
      label,
    };
    // `label` is a plain formatter; a new function each render must not rebuild the source.
  }, [name, path, paramsKey]);
}
