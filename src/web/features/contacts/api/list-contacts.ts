import { fetchPage, usePageQuery } from '../../../lib/resource';
import type { ListParams } from '../../../lib/resource';
import { contactKeys } from './keys';

/** GET /contacts: one page of the list. */
export function listContacts(params: ListParams, signal?: AbortSignal) {
  return fetchPage('/contacts', params, { signal });
}

export function useContacts(params: ListParams, enabled = true) {
  return usePageQuery(contactKeys.list(params), (signal) => listContacts(params, signal), enabled);
}
