import { queryOptions, useQuery } from '@tanstack/react-query';
import { api } from '../../../lib/api-client';
import { projectKeys } from './keys';

/** GET /projects/:id */
export function getProject(id: string, signal?: AbortSignal) {
  return api.get('/projects/{id}', { params: { path: { id } }, signal });
}

export function projectQuery(id: string) {
  return queryOptions({ queryKey: projectKeys.detail(id), queryFn: ({ signal }) => getProject(id, signal) });
}

/** The record, or nothing while `id` is empty (optional references). */
export function useProject(id: string | null | undefined) {
  return useQuery({ ...projectQuery(id ?? ''), enabled: Boolean(id) });
}
