import { useQuery } from '@tanstack/react-query';
import { apiClient } from '../../lib/api-client';
import { fetchPage } from '../../lib/resource';
import type {
  Asset,
  Customer,
  Order,
  Project,
  ScheduleEntry,
  Site,
  Ticket,
  TicketStatus,
  TicketType,
  WorkOrder,
} from '../lib/types';

/** Query keys of the portal's records; kept apart from the back office's, whose users differ. */
export const portalKeys = {
  all: ['portal'] as const,
  record: (resource: string, id: string) => ['portal', 'record', resource, id] as const,
  sub: (resource: string, id: string, part: string) => ['portal', 'record', resource, id, part] as const,
  lists: ['portal', 'list'] as const,
};

function useRecord<T>(resource: string, path: string, id: string | null | undefined) {
  return useQuery({
    queryKey: portalKeys.record(resource, id ?? 'none'),
    queryFn: ({ signal }) => apiClient.get<T>(`${path}/${encodeURIComponent(id!)}`, signal),
    enabled: Boolean(id),
  });
}

export const useAsset = (id: string | null | undefined) => useRecord<Asset>('asset', '/assets', id);
export const useWorkOrder = (id: string | null | undefined) => useRecord<WorkOrder>('work-order', '/work-orders', id);
export const useProject = (id: string | null | undefined) => useRecord<Project>('project', '/projects', id);
export const useOrder = (id: string | null | undefined) => useRecord<Order>('order', '/orders', id);
export const useTicket = (id: string | null | undefined) => useRecord<Ticket>('ticket', '/tickets', id);
export const useSite = (id: string | null | undefined) => useRecord<Site>('site', '/sites', id);
export const useCustomer = (id: string | null | undefined) => useRecord<Customer>('customer', '/customers', id);
export const useScheduleEntry = (id: string | null | undefined) => useRecord<ScheduleEntry>('schedule-entry', '/schedule-entries', id);

/** The ticket types this user may raise (the API answers exactly those for portal users). */
export function useTicketTypes() {
  return useQuery({
    queryKey: ['portal', 'ticket-types'],
    queryFn: ({ signal }) => fetchPage<TicketType>('/ticket-types', { limit: 200, sort: 'name' }, signal),
    staleTime: 5 * 60_000,
  });
}

/** The ticket workflow's statuses, for the status names the user may set. */
export function useTicketStatuses() {
  return useQuery({
    queryKey: ['portal', 'ticket-statuses'],
    queryFn: ({ signal }) => fetchPage<TicketStatus>('/ticket-statuses', { limit: 200, sort: 'position' }, signal),
    staleTime: 5 * 60_000,
  });
}

/** The customers the user belongs to (one, or the branches of a consolidated account). */
export function useMyCustomers(enabled = true) {
  return useQuery({
    queryKey: ['portal', 'customers'],
    queryFn: ({ signal }) => fetchPage<Customer>('/customers', { limit: 200, sort: 'name' }, signal),
    staleTime: 5 * 60_000,
    enabled,
  });
}
