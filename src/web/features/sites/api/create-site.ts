import { api } from '../../../lib/api-client';
import { useCreateMutation } from '../../../lib/resource-mutations';
import type { SiteInput } from '../types';
import { siteKeys } from './keys';

/** POST /sites → 201 */
export function createSite(input: SiteInput) {
  return api.post('/sites', { body: input });
}

export function useCreateSite() {
  return useCreateMutation(siteKeys, createSite);
}
