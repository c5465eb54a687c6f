import { fetchPage, usePageQuery } from '../../../lib/resource';
import type { ListParams } from '../../../lib/resource';
import { fileTypeKeys } from './keys';

/** GET /file-types: one page of the list. */
export function listFileTypes(params: ListParams, signal?: AbortSignal) {
  return fetchPage('/file-types', params, { signal });
}

export function useFileTypes(params: ListParams, enabled = true) {
  return usePageQuery(fileTypeKeys.list(params), (signal) => listFileTypes(params, signal), enabled);
}
