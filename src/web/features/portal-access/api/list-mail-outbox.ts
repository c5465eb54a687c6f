import { fetchPage, usePageQuery } from '../../../lib/resource';
import type { ListParams } from '../../../lib/resource';
import { mailOutboxKeys } from './keys';

/** GET /mail-outbox: one page of the mail log (admins). */
export function listMailOutbox(params: ListParams, signal?: AbortSignal) {
  return fetchPage('/mail-outbox', params, { signal });
}

export function useMailOutbox(params: ListParams) {
  return usePageQuery(mailOutboxKeys.list(params), (signal) => listMailOutbox(params, signal));
}
