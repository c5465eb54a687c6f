import { useQuery } from '@tanstack/react-query';
import { apiClient } from '../../lib/api-client';
import type { ResponseOf } from '../../lib/api-types';
import { toQueryString } from '../../lib/resource';
import type { ListParams } from '../../lib/resource';

/** Server: assets/asset-overview.ts. Every visible asset is in exactly one of the five slices. */
export type AssetOverview = ResponseOf<'/api/v1/assets/overview'>;

/** GET /assets/overview for the chosen site (or all of the user's sites). */
export function useAssetOverview(siteParams: ListParams, enabled: boolean) {
  return useQuery({
    queryKey: ['portal', 'asset-overview', siteParams],
    queryFn: ({ signal }) => apiClient.get<AssetOverview>(`/assets/overview${toQueryString(siteParams)}`, signal),
    enabled,
  });
}
