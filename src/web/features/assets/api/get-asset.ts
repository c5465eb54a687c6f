import { queryOptions, useQuery } from '@tanstack/react-query';
import { api } from '../../../lib/api-client';
import { assetKeys } from './keys';

/** GET /assets/:id */
export function getAsset(id: string, signal?: AbortSignal) {
  return api.get('/assets/{id}', { params: { path: { id } }, signal });
}

export function assetQuery(id: string) {
  return queryOptions({ queryKey: assetKeys.detail(id), queryFn: ({ signal }) => getAsset(id, signal) });
}

/** The record, or nothing while `id` is empty (optional references). */
export function useAsset(id: string | null | undefined) {
  return useQuery({ ...assetQuery(id ?? ''), enabled: Boolean(id) });
}
