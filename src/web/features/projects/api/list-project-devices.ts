import { fetchPage, usePageQuery } from '../../../lib/resource';
import type { ListParams } from '../../../lib/resource';
import { projectKeys } from './keys';

/** GET /projects/:id/devices: the assets the project placed. */
export function listProjectDevices(projectId: string, params: ListParams, signal?: AbortSignal) {
  return fetchPage('/projects/{id}/devices', params, { path: { id: projectId }, signal });
}

export function useProjectDevices(projectId: string, params: ListParams) {
  return usePageQuery(projectKeys.sub(projectId, 'devices', params), (signal) => listProjectDevices(projectId, params, signal));
}
