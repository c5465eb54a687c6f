import { useQuery } from '@tanstack/react-query';
import { api } from '../../../lib/api-client';
import type { Page } from '../../../lib/resource';
import type { IssuedDocument } from '../../work-orders/types';
import { assetKeys } from './keys';

/** GET /assets/:id/documents: reports and certificates of the work on the asset and under it, newest first. */
export function useAssetDocuments(assetId: string) {
  return useQuery({
    queryKey: assetKeys.sub(assetId, 'documents'),
    // As a page without a next one, so the back office's tables can show it.
    queryFn: async ({ signal }): Promise<Page<IssuedDocument>> => ({
      items: (await api.get('/assets/{id}/documents', { params: { path: { id: assetId } }, signal })).items,
      nextCursor: null,
    }),
  });
}
