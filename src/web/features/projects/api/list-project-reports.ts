import { fetchPage, usePageQuery } from '../../../lib/resource';
import type { ListParams } from '../../../lib/resource';
import { projectKeys } from './keys';

/** GET /projects/:id/reports, newest first. */
export function listProjectReports(projectId: string, params: ListParams, signal?: AbortSignal) {
  return fetchPage('/projects/{id}/reports', params, { path: { id: projectId }, signal });
}

export function useProjectReports(projectId: string, params: ListParams) {
  return usePageQuery(projectKeys.sub(projectId, 'reports', params), (signal) => listProjectReports(projectId, params, signal));
}
