import { fetchPage, usePageQuery } from '../../../lib/resource';
import type { ListParams } from '../../../lib/resource';
import { userKeys } from './keys';

/** GET /users: one page of the list. */
export function listUsers(params: ListParams, signal?: AbortSignal) {
  return fetchPage('/users', params, { signal });
}

export function useUsers(params: ListParams, enabled = true) {
  return usePageQuery(userKeys.list(params), (signal) => listUsers(params, signal), enabled);
}
