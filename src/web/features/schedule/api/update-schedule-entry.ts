import { apiClient } from '../../../lib/api-client';
import { useUpdateMutation } from '../../../lib/resource-mutations';
import type { ScheduleEntry, ScheduleEntryPatch } from '../types';
import { scheduleEntryKeys } from './keys';

/** PATCH /schedule-entries/:id → 200 */
export function updateScheduleEntry(id: string, patch: ScheduleEntryPatch) {
  return apiClient.patch<ScheduleEntry>(`/schedule-entries/${encodeURIComponent(id)}`, patch);
}

export function useUpdateScheduleEntry() {
  return useUpdateMutation(scheduleEntryKeys, updateScheduleEntry);
}
