import { useQuery } from '@tanstack/react-query';
import { api } from '../../../lib/api-client';
import type { ExplainableType } from '../types';
import { portalAccessKeys } from './keys';

/** GET /users/:id/explain?resourceType=&resourceId=: why the user can (or cannot) see the record. */
export function explainAccess(userId: string, resourceType: ExplainableType, resourceId: string, signal?: AbortSignal) {
  return api.get('/users/{id}/explain', { params: { path: { id: userId }, query: { resourceType, resourceId } }, signal });
}

export function useExplainAccess(userId: string | null, resourceType: ExplainableType | null, resourceId: string | null) {
  return useQuery({
    queryKey: portalAccessKeys.explain(userId ?? '', resourceType ?? '', resourceId ?? ''),
    queryFn: ({ signal }) => explainAccess(userId!, resourceType!, resourceId!, signal),
    enabled: Boolean(userId && resourceType && resourceId),
    staleTime: 0,
  });
}
