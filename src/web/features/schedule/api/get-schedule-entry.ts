import { queryOptions, useQuery } from '@tanstack/react-query';
import { apiClient } from '../../../lib/api-client';
import type { ScheduleEntry } from '../types';
import { scheduleEntryKeys } from './keys';

/** GET /schedule-entries/:id */
export function getScheduleEntry(id: string, signal?: AbortSignal) {
  return apiClient.get<ScheduleEntry>(`/schedule-entries/${encodeURIComponent(id)}`, signal);
}

export function scheduleEntryQuery(id: string) {
  return queryOptions({ queryKey: scheduleEntryKeys.detail(id), queryFn: ({ signal }) => getScheduleEntry(id, signal) });
}

/** The record, or nothing while `id` is empty (optional references). */
export function useScheduleEntry(id: string | null | undefined) {
  return useQuery({ ...scheduleEntryQuery(id ?? ''), enabled: Boolean(id) });
}
