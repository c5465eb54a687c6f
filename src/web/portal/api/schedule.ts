import { keepPreviousData, useInfiniteQuery } from '@tanstack/react-query';
import { api } from '../../lib/api-client';
import { type ListParams, type Page } from '../../lib/resource';
import { isoDayFromToday } from '../lib/dates';
import type { ScheduleEntry } from '../lib/types';

/** "Show more" reaches one quarter further; the list looks a year ahead at most. */
const WINDOW_DAYS = 91;
const HORIZON_DAYS = 365;

/**
 * Upcoming visits and every upcoming round of a recurring series (GET /schedule-entries/occurrences), a
 * quarter at a time. Quiet quarters are skipped, so the first page is empty only when the year is.
 */
export function useUpcomingOccurrences(params: ListParams) {
  return useInfiniteQuery({
    queryKey: ['portal', 'list', '/schedule-entries/occurrences', params],
    queryFn: async ({ pageParam, signal }): Promise<Page<ScheduleEntry>> => {
      for (let start = pageParam; start < HORIZON_DAYS; start += WINDOW_DAYS) {
        const end = Math.min(start + WINDOW_DAYS, HORIZON_DAYS);
        const answer = await api.get('/schedule-entries/occurrences', { params: { query: { ...params, from: isoDayFromToday(start), to: isoDayFromToday(end) } }, signal });
        if (answer.items.length > 0 || end >= HORIZON_DAYS) return { items: answer.items, nextCursor: end < HORIZON_DAYS ? String(end) : null };
      }
      return { items: [], nextCursor: null };
    },
    initialPageParam: 0,
    getNextPageParam: (last) => (last.nextCursor === null ? undefined : Number(last.nextCursor)),
    placeholderData: keepPreviousData,
  });
}
