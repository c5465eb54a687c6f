import { useQuery } from '@tanstack/react-query';
import { apiClient } from '../../../lib/api-client';
import type { QueryOf, ResponseOf } from '../../../lib/api-types';
import { toQueryString } from '../../../lib/resource';
import type { ExplainableType } from '../types';
import { portalAccessKeys } from './keys';

/** GET /record-viewers?resourceType=&resourceId=: every portal user who can see the record, and why. */
export function listRecordViewers(resourceType: ExplainableType, resourceId: string, signal?: AbortSignal) {
  return apiClient.get<ResponseOf<'/api/v1/record-viewers'>>(`/record-viewers${toQueryString({ resourceType, resourceId } satisfies QueryOf<'/api/v1/record-viewers'>)}`, signal);
}

export function useRecordViewers(resourceType: ExplainableType, resourceId: string) {
  return useQuery({
    queryKey: portalAccessKeys.viewers(resourceType, resourceId),
    queryFn: ({ signal }) => listRecordViewers(resourceType, resourceId, signal),
    staleTime: 0,
  });
}
