import { useQuery } from '@tanstack/react-query';
import { api } from '../../lib/api-client';
import type { ResponseOf } from '../../lib/api-types';

/** Queue counts and chart series of the staff home page (server: staff-home.routes.ts). */
export type StaffHome = ResponseOf<'/staff-home'>;
export type StaffQueueKey = keyof StaffHome['queues'];
/** A count; capped: more match than `count`, shown as "count+". */
export type CappedCount = StaffHome['queues'][StaffQueueKey];

/** GET /staff-home: queue counts and chart series, refreshed every minute while the page is open. */
export function useStaffHome() {
  return useQuery({
    queryKey: ['staff-home'],
    queryFn: ({ signal }) => api.get('/staff-home', { signal }),
    refetchInterval: 60_000,
  });
}
