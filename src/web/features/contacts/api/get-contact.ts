import { queryOptions, useQuery } from '@tanstack/react-query';
import { api } from '../../../lib/api-client';
import { contactKeys } from './keys';

/** GET /contacts/:id */
export function getContact(id: string, signal?: AbortSignal) {
  return api.get('/contacts/{id}', { params: { path: { id } }, signal });
}

export function contactQuery(id: string) {
  return queryOptions({ queryKey: contactKeys.detail(id), queryFn: ({ signal }) => getContact(id, signal) });
}

/** The record, or nothing while `id` is empty (optional references). */
export function useContact(id: string | null | undefined) {
  return useQuery({ ...contactQuery(id ?? ''), enabled: Boolean(id) });
}
