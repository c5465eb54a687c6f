import { fetchPage, usePageQuery } from '../../../lib/resource';
import type { ListParams } from '../../../lib/resource';
import { scheduleEntryKeys } from './keys';

/** GET /schedule-entries: one page of the list. */
export function listScheduleEntries(params: ListParams, signal?: AbortSignal) {
  return fetchPage('/schedule-entries', params, { signal });
}

export function useScheduleEntries(params: ListParams, enabled = true) {
  return usePageQuery(scheduleEntryKeys.list(params), (signal) => listScheduleEntries(params, signal), enabled);
}
