import { api } from '../../../lib/api-client';
import { useUpdateMutation } from '../../../lib/resource-mutations';
import type { SitePatch } from '../types';
import { siteKeys } from './keys';

/** PATCH /sites/:id → 200 */
export function updateSite(id: string, patch: SitePatch) {
  return api.patch('/sites/{id}', { params: { path: { id } }, body: patch });
}

export function useUpdateSite() {
  return useUpdateMutation(siteKeys, updateSite);
}
