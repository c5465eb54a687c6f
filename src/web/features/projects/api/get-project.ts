import { queryOptions, useQuery } from '@tanstack/react-query';
import { apiClient } from '../../../lib/api-client';
import type { Project } from '../types';
import { projectKeys } from './keys';

/** GET /projects/:id */
export function getProject(id: string, signal?: AbortSignal) {
  return apiClient.get<Project>(`/projects/${encodeURIComponent(id)}`, signal);
}

export function projectQuery(id: string) {
  return queryOptions({ queryKey: projectKeys.detail(id), queryFn: ({ signal }) => getProject(id, signal) });
}

/** The record, or nothing while `id` is empty (optional references). */
export function useProject(id: string | null | undefined) {
  return useQuery({ ...projectQuery(id ?? ''), enabled: Boolean(id) });
}
