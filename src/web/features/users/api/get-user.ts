import { queryOptions, useQuery } from '@tanstack/react-query';
import { api } from '../../../lib/api-client';
import { userKeys } from './keys';

/** GET /users/:id */
export function getUser(id: string, signal?: AbortSignal) {
  return api.get('/users/{id}', { params: { path: { id } }, signal });
}

export function userQuery(id: string) {
  return queryOptions({ queryKey: userKeys.detail(id), queryFn: ({ signal }) => getUser(id, signal) });
}

/** The record, or nothing while `id` is empty (optional references). */
export function useUser(id: string | null | undefined) {
  return useQuery({ ...userQuery(id ?? ''), enabled: Boolean(id) });
}
