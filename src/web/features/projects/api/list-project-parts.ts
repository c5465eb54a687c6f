import { fetchPage, usePageQuery } from '../../../lib/resource';
import type { ListParams } from '../../../lib/resource';
import { projectKeys } from './keys';

/** GET /projects/:id/parts (q searches description and part number). */
export function listProjectParts(projectId: string, params: ListParams, signal?: AbortSignal) {
  return fetchPage('/projects/{id}/parts', params, { path: { id: projectId }, signal });
}

export function useProjectParts(projectId: string, params: ListParams) {
  return usePageQuery(projectKeys.sub(projectId, 'parts', params), (signal) => listProjectParts(projectId, params, signal));
}
