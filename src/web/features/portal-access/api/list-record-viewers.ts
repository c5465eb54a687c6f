import { useQuery } from '@tanstack/react-query';
import { api } from '../../../lib/api-client';
import type { ExplainableType } from '../types';
import { portalAccessKeys } from './keys';

/** GET /record-viewers?resourceType=&resourceId=: every portal user who can see the record, and why. */
export function listRecordViewers(resourceType: ExplainableType, resourceId: string, signal?: AbortSignal) {
  return api.get('/record-viewers', { params: { query: { resourceType, resourceId } }, signal });
}

export function useRecordViewers(resourceType: ExplainableType, resourceId: string) {
  return useQuery({
    queryKey: portalAccessKeys.viewers(resourceType, resourceId),
    queryFn: ({ signal }) => listRecordViewers(resourceType, resourceId, signal),
    staleTime: 0,
  });
}
