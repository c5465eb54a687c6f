import { api } from '../../../lib/api-client';
import { useCreateMutation } from '../../../lib/resource-mutations';
import type { ScheduleEntryInput } from '../types';
import { scheduleEntryKeys } from './keys';

/** POST /schedule-entries → 201 */
export function createScheduleEntry(input: ScheduleEntryInput) {
  return api.post('/schedule-entries', { body: input });
}

export function useCreateScheduleEntry() {
  return useCreateMutation(scheduleEntryKeys, createScheduleEntry);
}
