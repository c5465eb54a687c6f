import { queryOptions, useQuery } from '@tanstack/react-query';
import { api } from '../../../lib/api-client';
import { fileTypeKeys } from './keys';

/** GET /file-types/:id */
export function getFileType(id: string, signal?: AbortSignal) {
  return api.get('/file-types/{id}', { params: { path: { id } }, signal });
}

export function fileTypeQuery(id: string) {
  return queryOptions({ queryKey: fileTypeKeys.detail(id), queryFn: ({ signal }) => getFileType(id, signal) });
}

/** The record, or nothing while `id` is empty (optional references). */
export function useFileType(id: string | null | undefined) {
  return useQuery({ ...fileTypeQuery(id ?? ''), enabled: Boolean(id) });
}
