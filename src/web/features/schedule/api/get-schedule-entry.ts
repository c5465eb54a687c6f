import { queryOptions, useQuery } from '@tanstack/react-query';
import { api } from '../../../lib/api-client';
import { scheduleEntryKeys } from './keys';

/** GET /schedule-entries/:id */
export function getScheduleEntry(id: string, signal?: AbortSignal) {
  return api.get('/schedule-entries/{id}', { params: { path: { id } }, signal });
}

export function scheduleEntryQuery(id: string) {
  return queryOptions({ queryKey: scheduleEntryKeys.detail(id), queryFn: ({ signal }) => getScheduleEntry(id, signal) });
}

/** The record, or nothing while `id` is empty (optional references). */
export function useScheduleEntry(id: string | null | undefined) {
  return useQuery({ ...scheduleEntryQuery(id ?? ''), enabled: Boolean(id) });
}
