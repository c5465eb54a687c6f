import { api } from '../../../lib/api-client';
import { useArchiveMutation } from '../../../lib/resource-mutations';
import { scheduleEntryKeys } from './keys';

/** DELETE /schedule-entries/:id → 204 (archives; the record stays readable with archivedAt set) */
export function archiveScheduleEntry(id: string) {
  return api.delete('/schedule-entries/{id}', { params: { path: { id } } });
}

export function useArchiveScheduleEntry() {
  return useArchiveMutation(scheduleEntryKeys, archiveScheduleEntry);
}
