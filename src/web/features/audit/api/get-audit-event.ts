import { queryOptions, useQuery } from '@tanstack/react-query';
import { api } from '../../../lib/api-client';
import { auditEventKeys } from './keys';

/** GET /audit-events/:id */
export function getAuditEvent(id: string, signal?: AbortSignal) {
  return api.get('/audit-events/{id}', { params: { path: { id } }, signal });
}

export function auditEventQuery(id: string) {
  return queryOptions({ queryKey: auditEventKeys.detail(id), queryFn: ({ signal }) => getAuditEvent(id, signal) });
}

/** The record, or nothing while `id` is empty (optional references). */
export function useAuditEvent(id: string | null | undefined) {
  return useQuery({ ...auditEventQuery(id ?? ''), enabled: Boolean(id) });
}
