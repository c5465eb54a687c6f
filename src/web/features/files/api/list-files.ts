import { fetchPage, usePageQuery } from '../../../lib/resource';
import type { ListParams } from '../../../lib/resource';
import { fileKeys } from './keys';

/** GET /files?resourceType=&resourceId=: the attachments of a record, newest first. */
export function listFiles(params: ListParams, signal?: AbortSignal) {
  return fetchPage('/files', params, { signal });
}

export function useFiles(params: ListParams) {
  return usePageQuery(fileKeys.list(params), (signal) => listFiles(params, signal));
}
