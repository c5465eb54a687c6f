import { useQuery } from '@tanstack/react-query';
import { api } from '../../lib/api-client';
import { portalKeys } from './records';

/** GET /assets/:id/documents: the reports and certificates of the work on an asset and under it. */
export function useAssetDocuments(assetId: string) {
  return useQuery({
    queryKey: portalKeys.sub('asset', assetId, 'documents'),
    queryFn: ({ signal }) => api.get('/assets/{id}/documents', { params: { path: { id: assetId } }, signal }),
  });
}

/** GET /verify/:code, public: whether a document with this code or hash was issued, and when. */
export function useVerification(code: string | undefined) {
  return useQuery({
    queryKey: ['verify', code ?? ''],
    queryFn: ({ signal }) => api.get('/verify/{code}', { params: { path: { code: code! } }, signal }),
    enabled: Boolean(code),
    retry: false,
  });
}
