import { apiClient } from '../../../lib/api-client';
import { useCreateMutation } from '../../../lib/resource-mutations';
import type { ScheduleEntry, ScheduleEntryInput } from '../types';
import { scheduleEntryKeys } from './keys';

/** POST /schedule-entries → 201 */
export function createScheduleEntry(input: ScheduleEntryInput) {
  return apiClient.post<ScheduleEntry>('/schedule-entries', input);
}

export function useCreateScheduleEntry() {
  return useCreateMutation(scheduleEntryKeys, createScheduleEntry);
}
