import { useQuery } from '@tanstack/react-query';
import { apiClient } from '../../lib/api-client';

export interface CappedCount {
  count: number;
  /** More match than `count`: shown as "count+". */
  capped: boolean;
}

export type StaffQueueKey = 'newUnassignedTickets' | 'myTickets' | 'ticketsAtRisk' | 'overdueWorkOrders' | 'assetsDueSoon' | 'pendingInvitations';

/** Server: staff-home.routes.ts */
export interface StaffHome {
  asOf: { now: string; today: string; dueBefore: string; unfinishedWorkOrderStatuses: string[] };
  queues: Record<StaffQueueKey, CappedCount>;
  ticketsByWeek: { weekStart: string; created: number; resolved: number; open: number; capped: boolean }[];
  assetsDue: { overdue: CappedCount; months: { month: string; count: number; capped: boolean }[] };
}

/** GET /staff-home: queue counts and chart series, refreshed every minute while the page is open. */
export function useStaffHome() {
  return useQuery({
    queryKey: ['staff-home'],
    queryFn: ({ signal }) => apiClient.get<StaffHome>('/staff-home', signal),
    refetchInterval: 60_000,
  });
}
