import { useQuery } from '@tanstack/react-query';
import { api } from '../../lib/api-client';
import type { ResponseOf } from '../../lib/api-types';
import type { ListParams } from '../../lib/resource';

/** Server: assets/asset-overview.ts. Every visible asset is in exactly one of the five slices. */
export type AssetOverview = ResponseOf<'/assets/overview'>;

/** GET /assets/overview for the chosen site (or all of the user's sites). */
export function useAssetOverview(siteParams: ListParams, enabled: boolean) {
  return useQuery({
    queryKey: ['portal', 'asset-overview', siteParams],
    queryFn: ({ signal }) => api.get('/assets/overview', { params: { query: siteParams }, signal }),
    enabled,
  });
}
