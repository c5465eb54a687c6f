import { fetchPage, usePageQuery } from '../../../lib/resource';
import type { ListParams } from '../../../lib/resource';
import { projectKeys } from './keys';

/** GET /projects: one page of the list. */
export function listProjects(params: ListParams, signal?: AbortSignal) {
  return fetchPage('/projects', params, { signal });
}

export function useProjects(params: ListParams, enabled = true) {
  return usePageQuery(projectKeys.list(params), (signal) => listProjects(params, signal), enabled);
}
