import { fetchPage, usePageQuery } from '../../../lib/resource';
import type { ListParams } from '../../../lib/resource';
import { documentKeys } from './keys';

/** GET /documents: one page of the list. */
export function listDocuments(params: ListParams, signal?: AbortSignal) {
  return fetchPage('/documents', params, { signal });
}

export function useDocuments(params: ListParams, enabled = true) {
  return usePageQuery(documentKeys.list(params), (signal) => listDocuments(params, signal), enabled);
}
