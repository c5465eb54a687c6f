import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { api } from '../../lib/api-client';
import { everyOf, type BodyOf, type ListItemOf } from '../../lib/api-types';

/** Ticket notifications carry the ticket's facts, approval notifications the order's or work order's. */
export type AppNotification = ListItemOf<'/notifications'>;
export type NotificationKind = AppNotification['kind'];
export type NotificationPreference = ListItemOf<'/notification-preferences'>;
export type Delivery = NotificationPreference['delivery'];
/** The kinds a user sets a delivery for (approval notifications are always delivered at once). */
export const NOTIFICATION_KINDS = everyOf<NotificationPreference['kind']>()(['ticket_created', 'ticket_assigned', 'ticket_comment', 'ticket_status']);

type PreferencesInput = BodyOf<'/notification-preferences', 'put'>;

const keys = {
  all: ['notifications'] as const,
  unread: ['notifications', 'unread-count'] as const,
  recent: ['notifications', 'recent'] as const,
  preferences: ['notifications', 'preferences'] as const,
};

/** The bell's number: polled, so a reply that arrives while the page is open shows up within half a minute. */
export function useUnreadCount() {
  return useQuery({
    queryKey: keys.unread,
    queryFn: ({ signal }) => api.get('/notifications/unread-count', { signal }),
    refetchInterval: 30_000,
    refetchOnWindowFocus: true,
  });
}

export function useRecentNotifications(enabled: boolean) {
  return useQuery({
    queryKey: keys.recent,
    queryFn: ({ signal }) => api.get('/notifications', { params: { query: { limit: 20 } }, signal }),
    enabled,
  });
}

export function useMarkRead() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (id: string) => api.post('/notifications/{id}/read', { params: { path: { id } } }),
    onSuccess: () => queryClient.invalidateQueries({ queryKey: keys.all }),
  });
}

export function useMarkAllRead() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: () => api.post('/notifications/read-all'),
    onSuccess: () => queryClient.invalidateQueries({ queryKey: keys.all }),
  });
}

export function usePreferences() {
  return useQuery({
    queryKey: keys.preferences,
    queryFn: ({ signal }) => api.get('/notification-preferences', { signal }),
  });
}

export function useSetPreferences() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (items: PreferencesInput['items']) => api.put('/notification-preferences', { body: { items } }),
    onSuccess: (data) => queryClient.setQueryData(keys.preferences, data),
  });
}

const followKey = (ticketId: string) => ['notifications', 'follow', ticketId] as const;

/** Whether the signed-in user follows a ticket (hears about its replies and status changes). */
export function useFollowing(ticketId: string) {
  return useQuery({
    queryKey: followKey(ticketId),
    queryFn: ({ signal }) => api.get('/tickets/{id}/follow', { params: { path: { id: ticketId } }, signal }),
  });
}

export function useSetFollowing(ticketId: string) {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (follow: boolean) => {
      const init = { params: { path: { id: ticketId } } };
      return follow ? api.put('/tickets/{id}/follow', init) : api.delete('/tickets/{id}/follow', init);
    },
    onSuccess: (data) => queryClient.setQueryData(followKey(ticketId), data),
  });
}
