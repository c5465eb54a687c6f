import { useQuery } from '@tanstack/react-query';
import { apiClient } from '../../lib/api-client';
import type { ResponseOf } from '../../lib/api-types';
import type { Verification } from '../lib/types';
import { portalKeys } from './records';

/** GET /assets/:id/documents: the reports and certificates of the work on an asset and under it. */
export function useAssetDocuments(assetId: string) {
  return useQuery({
    queryKey: portalKeys.sub('asset', assetId, 'documents'),
    queryFn: ({ signal }) => apiClient.get<ResponseOf<'/api/v1/assets/{id}/documents'>>(`/assets/${encodeURIComponent(assetId)}/documents`, signal),
  });
}

/** GET /verify/:code, public: whether a document with this code or hash was issued, and when. */
export function useVerification(code: string | undefined) {
  return useQuery({
    queryKey: ['verify', code ?? ''],
    queryFn: ({ signal }) => apiClient.get<Verification>(`/verify/${encodeURIComponent(code!)}`, signal),
    enabled: Boolean(code),
    retry: false,
  });
}
