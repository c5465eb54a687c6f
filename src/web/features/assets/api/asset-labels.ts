import { apiUrl } from '../../../lib/api-client';

/** GET /asset-labels?siteId= or ?assetIds=a,b: an A4 PDF of QR labels; the browser downloads it (an attachment). */
export function assetLabelsUrl(of: { siteId: string } | { assetIds: readonly string[] }): string {
  const query = 'siteId' in of ? `siteId=${encodeURIComponent(of.siteId)}` : `assetIds=${of.assetIds.map(encodeURIComponent).join(',')}`;
  return apiUrl(`/asset-labels?${query}`);
}
