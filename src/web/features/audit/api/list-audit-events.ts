import { fetchPage, usePageQuery } from '../../../lib/resource';
import type { ListParams } from '../../../lib/resource';
import { auditEventKeys } from './keys';

/** GET /audit-events: one page of the list. */
export function listAuditEvents(params: ListParams, signal?: AbortSignal) {
  return fetchPage('/audit-events', params, { signal });
}

export function useAuditEvents(params: ListParams, enabled = true) {
  return usePageQuery(auditEventKeys.list(params), (signal) => listAuditEvents(params, signal), enabled);
}
