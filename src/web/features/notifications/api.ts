import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { apiClient } from '../../lib/api-client';
import { everyOf, type BodyOf, type ListItemOf, type QueryOf, type ResponseOf } from '../../lib/api-types';
import { toQueryString } from '../../lib/resource';

/** Ticket notifications carry the ticket's facts, approval notifications the order's or work order's. */
export type AppNotification = ListItemOf<'/api/v1/notifications'>;
export type NotificationKind = AppNotification['kind'];
export type NotificationPreference = ListItemOf<'/api/v1/notification-preferences'>;
export type Delivery = NotificationPreference['delivery'];
/** The kinds a user sets a delivery for (approval notifications are always delivered at once). */
export const NOTIFICATION_KINDS = everyOf<NotificationPreference['kind']>()(['ticket_created', 'ticket_assigned', 'ticket_comment', 'ticket_status']);

type UnreadCount = ResponseOf<'/api/v1/notifications/unread-count'>;
type Notifications = ResponseOf<'/api/v1/notifications'>;
type Preferences = ResponseOf<'/api/v1/notification-preferences'>;
type PreferencesInput = BodyOf<'/api/v1/notification-preferences', 'put'>;
type Following = ResponseOf<'/api/v1/tickets/{id}/follow'>;

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
    queryFn: ({ signal }) => apiClient.get<UnreadCount>('/notifications/unread-count', signal),
    refetchInterval: 30_000,
    refetchOnWindowFocus: true,
  });
}

export function useRecentNotifications(enabled: boolean) {
  return useQuery({
    queryKey: keys.recent,
    queryFn: ({ signal }) => apiClient.get<Notifications>(`/notifications${toQueryString({ limit: 20 } satisfies QueryOf<'/api/v1/notifications'>)}`, signal),
    enabled,
  });
}

export function useMarkRead() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (id: string) => apiClient.post(`/notifications/${encodeURIComponent(id)}/read`),
    onSuccess: () => queryClient.invalidateQueries({ queryKey: keys.all }),
  });
}

export function useMarkAllRead() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: () => apiClient.post('/notifications/read-all'),
    onSuccess: () => queryClient.invalidateQueries({ queryKey: keys.all }),
  });
}

export function usePreferences() {
  return useQuery({
    queryKey: keys.preferences,
    queryFn: ({ signal }) => apiClient.get<Preferences>('/notification-preferences', signal),
  });
}

export function useSetPreferences() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (items: PreferencesInput['items']) => apiClient.put<ResponseOf<'/api/v1/notification-preferences', 'put'>>('/notification-preferences', { items } satisfies PreferencesInput),
    onSuccess: (data) => queryClient.setQueryData(keys.preferences, data),
  });
}

const followKey = (ticketId: string) => ['notifications', 'follow', ticketId] as const;

/** Whether the signed-in user follows a ticket (hears about its replies and status changes). */
export function useFollowing(ticketId: string) {
  return useQuery({
    queryKey: followKey(ticketId),
    queryFn: ({ signal }) => apiClient.get<Following>(`/tickets/${encodeURIComponent(ticketId)}/follow`, signal),
  });
}

export function useSetFollowing(ticketId: string) {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (follow: boolean) => {
      const path = `/tickets/${encodeURIComponent(ticketId)}/follow`;
      return follow
        ? apiClient.put<ResponseOf<'/api/v1/tickets/{id}/follow', 'put'>>(path)
        : apiClient.delete<ResponseOf<'/api/v1/tickets/{id}/follow', 'delete'>>(path);
    },
    onSuccess: (data) => queryClient.setQueryData(followKey(ticketId), data),
  });
}
