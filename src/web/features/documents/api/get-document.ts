import { queryOptions, useQuery } from '@tanstack/react-query';
import { api } from '../../../lib/api-client';
import { documentKeys } from './keys';

/** GET /documents/:id */
export function getDocument(id: string, signal?: AbortSignal) {
  return api.get('/documents/{id}', { params: { path: { id } }, signal });
}

export function documentQuery(id: string) {
  return queryOptions({ queryKey: documentKeys.detail(id), queryFn: ({ signal }) => getDocument(id, signal) });
}

/** The record, or nothing while `id` is empty (optional references). */
export function useDocument(id: string | null | undefined) {
  return useQuery({ ...documentQuery(id ?? ''), enabled: Boolean(id) });
}
