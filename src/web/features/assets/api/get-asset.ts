import { queryOptions, useQuery } from '@tanstack/react-query';
import { apiClient } from '../../../lib/api-client';
import type { Asset } from '../types';
import { assetKeys } from './keys';

/** GET /assets/:id */
export function getAsset(id: string, signal?: AbortSignal) {
  return apiClient.get<Asset>(`/assets/${encodeURIComponent(id)}`, signal);
}

export function assetQuery(id: string) {
  return queryOptions({ queryKey: assetKeys.detail(id), queryFn: ({ signal }) => getAsset(id, signal) });
}

/** The record, or nothing while `id` is empty (optional references). */
export function useAsset(id: string | null | undefined) {
  return useQuery({ ...assetQuery(id ?? ''), enabled: Boolean(id) });
}
