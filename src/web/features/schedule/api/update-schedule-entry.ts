import { api } from '../../../lib/api-client';
import { useUpdateMutation } from '../../../lib/resource-mutations';
import type { ScheduleEntryPatch } from '../types';
import { scheduleEntryKeys } from './keys';

/** PATCH /schedule-entries/:id → 200 */
export function updateScheduleEntry(id: string, patch: ScheduleEntryPatch) {
  return api.patch('/schedule-entries/{id}', { params: { path: { id } }, body: patch });
}

export function useUpdateScheduleEntry() {
  return useUpdateMutation(scheduleEntryKeys, updateScheduleEntry);
}
