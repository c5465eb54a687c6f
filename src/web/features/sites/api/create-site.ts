import { apiClient } from '../../../lib/api-client';
import { useCreateMutation } from '../../../lib/resource-mutations';
import type { Site, SiteInput } from '../types';
import { siteKeys } from './keys';

/** POST /sites → 201 */
export function createSite(input: SiteInput) {
  return apiClient.post<Site>('/sites', input);
}

export function useCreateSite() {
  return useCreateMutation(siteKeys, createSite);
}
