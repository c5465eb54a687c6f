import { useQuery } from '@tanstack/react-query';
import { api } from '../../lib/api-client';

/** Query keys of the portal's records; kept apart from the back office's, whose users differ. */
export const portalKeys = {
  all: ['portal'] as const,
  record: (resource: string, id: string) => ['portal', 'record', resource, id] as const,
  sub: (resource: string, id: string, part: string) => ['portal', 'record', resource, id, part] as const,
  lists: ['portal', 'list'] as const,
};

/** A record by id (the typed GET of its detail endpoint), or nothing while the id is empty. */
function useRecord<T>(resource: string, get: (id: string, signal: AbortSignal) => Promise<T>, id: string | null | undefined) {
  return useQuery({
    queryKey: portalKeys.record(resource, id ?? 'none'),
    queryFn: ({ signal }) => get(id!, signal),
    enabled: Boolean(id),
  });
}

type Id = string | null | undefined;
export const useAsset = (id: Id) => useRecord('asset', (id, signal) => api.get('/assets/{id}', { params: { path: { id } }, signal }), id);
export const useWorkOrder = (id: Id) => useRecord('work-order', (id, signal) => api.get('/work-orders/{id}', { params: { path: { id } }, signal }), id);
export const useProject = (id: Id) => useRecord('project', (id, signal) => api.get('/projects/{id}', { params: { path: { id } }, signal }), id);
export const useOrder = (id: Id) => useRecord('order', (id, signal) => api.get('/orders/{id}', { params: { path: { id } }, signal }), id);
export const useTicket = (id: Id) => useRecord('ticket', (id, signal) => api.get('/tickets/{id}', { params: { path: { id } }, signal }), id);
export const useSite = (id: Id) => useRecord('site', (id, signal) => api.get('/sites/{id}', { params: { path: { id } }, signal }), id);
export const useCustomer = (id: Id) => useRecord('customer', (id, signal) => api.get('/customers/{id}', { params: { path: { id } }, signal }), id);
export const useScheduleEntry = (id: Id) => useRecord('schedule-entry', (id, signal) => api.get('/schedule-entries/{id}', { params: { path: { id } }, signal }), id);

/** The ticket types this user may raise (the API answers exactly those for portal users). */
export function useTicketTypes() {
  return useQuery({
    queryKey: ['portal', 'ticket-types'],
    queryFn: ({ signal }) => api.get('/ticket-types', { params: { query: { limit: 200, sort: 'name' } }, signal }),
    staleTime: 5 * 60_000,
  });
}

/** The ticket workflow's statuses, for the status names the user may set. */
export function useTicketStatuses() {
  return useQuery({
    queryKey: ['portal', 'ticket-statuses'],
    queryFn: ({ signal }) => api.get('/ticket-statuses', { params: { query: { limit: 200, sort: 'position' } }, signal }),
    staleTime: 5 * 60_000,
  });
}

/** The customers the user belongs to (one, or the branches of a consolidated account). */
export function useMyCustomers(enabled = true) {
  return useQuery({
    queryKey: ['portal', 'customers'],
    queryFn: ({ signal }) => api.get('/customers', { params: { query: { limit: 200, sort: 'name' } }, signal }),
    staleTime: 5 * 60_000,
    enabled,
  });
}
