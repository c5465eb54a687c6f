import { apiClient } from '../../../lib/api-client';
import { useUpdateMutation } from '../../../lib/resource-mutations';
import type { Site, SitePatch } from '../types';
import { siteKeys } from './keys';

/** PATCH /sites/:id → 200 */
export function updateSite(id: string, patch: SitePatch) {
  return apiClient.patch<Site>(`/sites/${encodeURIComponent(id)}`, patch);
}

export function useUpdateSite() {
  return useUpdateMutation(siteKeys, updateSite);
}
